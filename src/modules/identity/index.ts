// Identity module: staff users, roles, scopes, sessions, TOTP, CSRF, login throttling. The only door for others.
export { identityRoutes } from './routes';
export { loadSession, optionalStaff, requireStaff, requireStaffFor } from './require-staff';
export { hasNoStaff, seedDemoStaff } from './seed-demo-staff';
export { identityKeys } from './identity-keys';
export { createUser } from './actions/create-user';
export { disableUser } from './actions/disable-user';
export { getUserByEmail, hasDemoStaff } from './queries';
export { hashPassword } from './password';
export type { IdentityKeys } from './identity-keys';
export { abilitiesOf, can, isNational, provinceOf, scopeCoversAgency, scopeCoversRegion } from './policy';
export type { AgencyRef, Coverage } from './policy';
export { auditActorOf } from './staff-actor';
export type { StaffActor } from './staff-actor';
export { STAFF_ROLES, BKN_OFFICES } from './schema';
export type { RoleScope, StaffAction, StaffRole, StaffScope } from './schema';
export { identityCookies } from './session-token';
