// Identity inputs and outputs. Imported by the web app too: no server imports here.
import { z } from 'zod';
import { zText } from '../../platform/http/text-schema';

export const STAFF_ROLES = [
  'admin',
  'bawaslu_staf',
  'bawaslu_pimpinan',
  'bkn_analis',
  'bkn_pejabat',
  'ppk_staf',
  'supervisor_kemendagri',
  'supervisor_kemenpanrb',
  'ombudsman_pengawas',
  'custodian',
] as const;
export const ZStaffRole = z.enum(STAFF_ROLES).describe('Staff role');
export type StaffRole = z.infer<typeof ZStaffRole>;

/** BKN head office and its 14 regional offices (Kantor Regional I–XIV). */
export const BKN_OFFICES = [
  'pusat',
  ...Array.from({ length: 14 }, (_, i) => `kanreg-${i + 1}` as const),
] as const;
export const ZBknOffice = z
  .enum(BKN_OFFICES)
  .describe('BKN office: pusat (national) or kanreg-1 … kanreg-14');
export type BknOffice = z.infer<typeof ZBknOffice>;

// Kemendagri region codes (REFERENCE.md §4.4): province PP, kabupaten/kota PP.KK.
export const ZProvinceCode = z
  .string()
  .regex(/^\d{2}$/)
  .describe('Province code (Kemendagri), e.g. 33');
export const ZRegencyCode = z
  .string()
  .regex(/^\d{2}\.\d{2}$/)
  .describe('Kabupaten/kota code (Kemendagri), e.g. 33.03');
export const ZAgencyCode = z
  .string()
  .regex(/^(pemda-\d{2}(\.\d{2})?|kl-[a-z0-9]+(-[a-z0-9]+)*)$/)
  .describe('Agency (instansi) code: pemda-33.03, pemda-33 or kl-kemenag');

export const ZBawasluScope = z
  .discriminatedUnion('bawasluLevel', [
    z.strictObject({
      bawasluLevel: z.literal('ri').describe('Bawaslu RI: national'),
      regionCode: z.null().default(null).describe('Always null for Bawaslu RI'),
    }),
    z.strictObject({
      bawasluLevel: z.literal('provinsi').describe('Bawaslu Provinsi'),
      regionCode: ZProvinceCode,
    }),
    z.strictObject({
      bawasluLevel: z.literal('kabkota').describe('Bawaslu Kabupaten/Kota'),
      regionCode: ZRegencyCode,
    }),
  ])
  .describe('Bawaslu level and the region it supervises');
export const ZBknScope = z
  .strictObject({ bknOffice: ZBknOffice })
  .describe('The BKN office the user works in');
export const ZPpkScope = z
  .strictObject({ agencyCode: ZAgencyCode })
  .describe('The one agency whose PPK the user works for');
export const ZProvinceScope = z
  .strictObject({
    regionCode: ZProvinceCode.nullable().default(null).describe('A province, or null for national'),
  })
  .describe('National, or one province');
export const ZNationalScope = z.strictObject({}).default({}).describe('National: no narrower scope');

/** Role and scope together: the scope's shape depends on the role. */
export const ZRoleScope = z.discriminatedUnion('role', [
  z.object({ role: z.literal(['admin', 'custodian', 'supervisor_kemenpanrb']), scope: ZNationalScope }),
  z.object({ role: z.literal(['bawaslu_staf', 'bawaslu_pimpinan']), scope: ZBawasluScope }),
  z.object({ role: z.literal(['bkn_analis', 'bkn_pejabat']), scope: ZBknScope }),
  z.object({ role: z.literal('ppk_staf'), scope: ZPpkScope }),
  // Kemendagri supervises regional PPKs; a provincial desk may be limited to one province.
  z.object({ role: z.literal('supervisor_kemendagri'), scope: ZProvinceScope }),
  // Ombudsman RI, or one of its provincial representative offices (perwakilan).
  z.object({ role: z.literal('ombudsman_pengawas'), scope: ZProvinceScope }),
]);
export type RoleScope = z.infer<typeof ZRoleScope>;
export type StaffScope = RoleScope['scope'];

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .email()
  .describe('E-mail address (case-insensitive)');
export const ZLocale = z.enum(['id', 'en']).describe('Preferred language: id (Bahasa Indonesia) or en');
/** NIST SP 800-63B §5.1.1: at least 8 characters, no composition rules; we ask for 12. */
export const ZNewPassword = z.string().min(12).max(256).describe('Password: 12–256 characters');

const ZUserBase = z.object({
  id: z.uuid().describe('User id'),
  email: z.string().describe('E-mail address'),
  name: z.string().describe('Full name'),
  isDemo: z.boolean().describe('A demo account (public password); shown with a warning'),
  locale: ZLocale.nullable().optional(),
});

export const ZSessionUser = z.intersection(ZUserBase, ZRoleScope).describe('The signed-in staff member');
export type SessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionStage = z
  .enum(['anonymous', 'password_ok', 'mfa_ok'])
  .describe('anonymous; password_ok (password accepted, TOTP pending); mfa_ok (fully signed in)');
export type SessionStage = z.infer<typeof ZSessionStage>;

export const STAFF_ACTIONS = [
  'user.manage',
  'audit.read',
  'legal.read',
  'reference.manage',
  'deadline_rules.manage',
  'stats.publish',
] as const;
export const ZStaffAction = z.enum(STAFF_ACTIONS).describe('A staff action the policy allows or refuses');
export type StaffAction = z.infer<typeof ZStaffAction>;

export const ZTotpEnrolment = z
  .object({
    secret: z.string().describe('Base32 TOTP seed, for typing into an authenticator app'),
    otpauthUrl: z.string().describe('otpauth:// URL (what the QR code holds)'),
    qrSvg: z.string().describe('QR code of otpauthUrl as an SVG document'),
  })
  .describe('TOTP enrolment offered at first login');

export const ZSessionState = z.object({
  csrfToken: z.string().describe('Send as header x-csrf-token with every POST/PUT/PATCH/DELETE under /api'),
  user: ZSessionUser.nullable(),
  stage: ZSessionStage,
  mustEnrolTotp: z
    .boolean()
    .describe('True while the password is accepted and no authenticator is enrolled yet'),
  enrolment: ZTotpEnrolment.optional().describe('The pending enrolment, while mustEnrolTotp'),
  abilities: z.array(ZStaffAction).describe('Staff actions this user may take (empty until mfa_ok)'),
});
export type SessionState = z.infer<typeof ZSessionState>;

export const ZLoginInput = z.object({
  email: ZEmail,
  password: z.string().min(1).max(256).describe('Password'),
});
const ZNewCsrfToken = z
  .string()
  .describe('The CSRF token for the new session (the one sent before no longer works)');
export const ZLoginResult = z.object({
  stage: z.literal('password_ok').describe('Password accepted; a TOTP code comes next'),
  csrfToken: ZNewCsrfToken,
  mustEnrolTotp: z.boolean().describe('True on first login: scan the QR code, then send the first code'),
  enrolment: ZTotpEnrolment.optional(),
});
export type LoginResult = z.infer<typeof ZLoginResult>;

export const ZTotpInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .describe('6-digit code from the authenticator app'),
});
export const ZTotpResult = z.object({
  stage: z.literal('mfa_ok').describe('Fully signed in'),
  user: ZSessionUser,
  csrfToken: ZNewCsrfToken,
});
export type TotpResult = z.infer<typeof ZTotpResult>;

// ---- Administration -------------------------------------------------------------------------------------------

export const ZCreateUserInput = z
  .intersection(
    z.object({
      email: ZEmail,
      name: zText({ min: 1, max: 200 }).describe('Full name'),
      locale: ZLocale.optional(),
    }),
    ZRoleScope,
  )
  .describe('A new staff account; the scope shape follows the role');
export type CreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZAdminUser = z.intersection(
  ZUserBase.extend({
    totpEnrolled: z.boolean().describe('An authenticator app is enrolled'),
    lockedUntil: z.string().nullable().describe('Locked after failed sign-ins until this instant (ISO 8601)'),
    disabledAt: z.string().nullable().describe('When the account was disabled (ISO 8601)'),
    disabledReason: z.string().nullable().describe('Why it was disabled'),
    createdAt: z.string().describe('When the account was created (ISO 8601)'),
  }),
  ZRoleScope,
);
export type AdminUser = z.infer<typeof ZAdminUser>;

export const ZCreateUserResult = z.object({
  user: ZAdminUser,
  initialPassword: z.string().describe('Shown once: hand it to the person over a separate channel'),
});

export const ZDisableUserInput = z.object({
  reason: zText({ min: 3, max: 500 }).describe('Why the account is disabled (kept in the audit trail)'),
});
export const ZUserIdParams = z.object({ id: z.uuid().describe('User id') });

/**
 * A whole number written in decimal digits. `z.coerce.number()` alone would also take `1e3`, `0x10`, ` 7` or
 * `1.0` (JavaScript's Number()); a query string has one plain spelling, and anything else is refused.
 */
const zDecimalInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { message: 'must be a whole number in decimal digits' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const ZPageQuery = z.strictObject({
  page: zDecimalInt(1, 100_000).default(1).describe('Page number, from 1'),
  pageSize: zDecimalInt(1, 200).default(50).describe('Rows per page (max 200)'),
});
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int().describe('This page number'),
    pageSize: z.number().int().describe('Rows per page'),
    total: z.number().int().describe('Rows on all pages'),
  });

export const ZUserPage = pageOf(ZAdminUser);

export const ZAuditQuery = ZPageQuery.extend({
  entityType: zText({ min: 1, max: 100 }).optional().describe('Only rows about this kind of entity'),
  entityId: zText({ min: 1, max: 200 }).optional().describe('Only rows about this entity id'),
});
export const ZAuditEntry = z.object({
  seq: z.number().int().describe('Position in the hash chain'),
  at: z.string().describe('When (ISO 8601)'),
  actorId: z.string().nullable().describe('Staff user id, or null for the system and the CLI'),
  actorLabel: z.string().describe('Who: an e-mail, system or cli'),
  action: z.string().describe('What happened, e.g. identity.user.created'),
  entityType: z.string().describe('Kind of entity changed'),
  entityId: z.string().describe('Id of the entity changed'),
  data: z.record(z.string(), z.unknown()).describe('Details of the change (never secrets)'),
});
export const ZAuditPage = pageOf(ZAuditEntry).describe('Audit trail, newest first');
