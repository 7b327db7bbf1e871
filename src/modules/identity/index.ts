// Identity module: staff users, roles, scopes, sessions, TOTP, CSRF, login throttling.
export { identityRoutes } from './routes';
export { requireStaff } from './require-staff';
export { seedDemoStaff } from './seed-demo-staff';
export type { StaffActor } from './require-staff';
