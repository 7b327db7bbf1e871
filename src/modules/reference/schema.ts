// Zod schemas of the reference module's API (imported by the web app too: no server imports here).
export * from './shared-schema';
export * from './regions/schema';
export * from './agencies/schema';
export * from './elections/schema';
export * from './holidays/schema';
export * from './legal/schema';
