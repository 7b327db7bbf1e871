// All SQL of the cases module, by use: the access filter, one case, the inbox, writes, the case's parts.
export * from './visible-to';
export * from './case-row';
export * from './inbox-queries';
export * from './case-writes';
export * from './case-parts';
export * from './reference-lookups';
export * from './notification-queries';
export * from './document-queries';
export * from './deadline-rule-queries';
export * from './reporter-queries';
