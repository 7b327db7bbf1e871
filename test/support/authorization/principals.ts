// Who calls in the authorization matrix: nobody, a half-signed-in user, and one signed-in user per staff role.
import type { FastifyInstance } from 'fastify';
import type { StaffRole } from '../../../src/modules/identity/schema';
import { createTestUser, signInAs, TestBrowser } from '../staff-session';

/**
 * The scope each role's matrix user works in. Chosen so that every role (but admin, who sees every case, and the
 * custodian, who sees none) has cases both inside and outside its scope in case-fixture.ts.
 */
export const MATRIX_SCOPES = {
  custodian: {},
  ombudsman_pengawas: { regionCode: '33' },
  supervisor_kemenpanrb: {},
  // A provincial desk: regional agencies of Central Java only.
  supervisor_kemendagri: { regionCode: '33' },
  ppk_staf: { agencyCode: 'pemda-33.03' },
  // Kanreg I (Yogyakarta) serves provinces 33 and 34; Kanreg II (Surabaya) serves 35 (bkn-offices.json).
  bkn_analis: { bknOffice: 'kanreg-1' },
  bkn_pejabat: { bknOffice: 'kanreg-2' },
  bawaslu_staf: { bawasluLevel: 'kabkota', regionCode: '33.03' },
  bawaslu_pimpinan: { bawasluLevel: 'provinsi', regionCode: '33' },
  admin: {},
} as const satisfies Record<StaffRole, Record<string, unknown>>;

/** Every staff role, admin last: the admin's successes (disabling a user) must come after the refusals. */
export const MATRIX_ROLES = Object.keys(MATRIX_SCOPES) as StaffRole[];

/** Callers that are not fully signed in: they must never pass a staff route. */
export const UNSIGNED = ['anonymous', 'pending_totp'] as const;
export type PrincipalKey = (typeof UNSIGNED)[number] | StaffRole;

export interface Principal {
  key: PrincipalKey;
  /** The staff role, for fully signed-in callers only. */
  role: StaffRole | null;
  /** Cookie and x-csrf-token, as the web app sends them. */
  headers: Record<string, string>;
  remoteAddress: string;
}

/**
 * Signs in every principal: anonymous (a CSRF token but no session), pending_totp (a bawaslu_pimpinan who gave the
 * password but not yet the TOTP code) and one user per role in MATRIX_SCOPES.
 */
export async function signInPrincipals(app: FastifyInstance): Promise<Principal[]> {
  const anonymous = new TestBrowser(app);
  await anonymous.session();
  const pending = new TestBrowser(app);
  const half = await createTestUser(app, 'bawaslu_pimpinan', { bawasluLevel: 'ri', regionCode: null });
  await pending.session();
  const login = await pending.post('/api/auth/login', { email: half.email, password: half.password });
  if (login.statusCode !== 200) throw new Error(`pending_totp login answered ${login.statusCode}`);
  const principals: Principal[] = [
    { key: 'anonymous', role: null, headers: anonymous.headers(), remoteAddress: anonymous.remoteAddress },
    { key: 'pending_totp', role: null, headers: pending.headers(), remoteAddress: pending.remoteAddress },
  ];
  for (const role of MATRIX_ROLES) {
    const s = await signInAs(app, role, MATRIX_SCOPES[role]);
    principals.push({ key: role, role, headers: s.headers, remoteAddress: s.browser.remoteAddress });
  }
  return principals;
}
