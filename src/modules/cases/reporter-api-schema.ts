// Zod schemas of the reporter (pelapor) of a laporan: what staff enter, what a custodian unseals, and what the
// case page says about it. Imported by the web app too: no server imports here.
import { z } from 'zod';
import { zText } from '../../platform/http/text-schema';

const IDENTITY_FIELDS = ['name', 'nik', 'address', 'phone', 'email'] as const;

/** Who the reporter is: sealed as one value (reporter-identity.ts), never stored or logged in clear. */
export const ZReporterIdentity = z.strictObject({
  name: zText({ min: 2, max: 200 }).describe('Name of the reporter (pelapor)'),
  // REF §4.3: NIK is personal data under UU PDP: optional, asked only when the reporter gives it.
  nik: z
    .string()
    .regex(/^\d{16}$/, 'must be 16 digits')
    .optional()
    .describe('NIK (16 digits), only when the reporter gives it'),
  address: zText({ min: 5, max: 500 }).optional().describe('Address of the reporter'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'must be a phone number such as 0812 3456 7890')
    .optional()
    .describe('Phone number, to invite the reporter to clarification'),
  // zod's own e-mail pattern on a plain string: the form generator draws a plain string as a text field.
  email: z
    .string()
    .trim()
    .max(254)
    .regex(z.regexes.email, 'must be an e-mail address')
    .optional()
    .describe('E-mail address of the reporter'),
});
export type ReporterIdentity = z.output<typeof ZReporterIdentity>;

/**
 * The reporter as staff enter it: the identity, or `anonymous: true` with no identity at all. Netra records an
 * anonymous laporan but it does not meet the syarat formil "identitas pelapor" (Perbawaslu 7/2022 Pasal 15(3)),
 * so it cannot be registered (the `reporter_identified` guard on register_case).
 */
export const ZReporterInput = z
  .strictObject({
    anonymous: z
      .boolean()
      .default(false)
      .describe('The reporter does not give their identity: recorded, but syarat formil not met'),
    name: ZReporterIdentity.shape.name.optional().describe('Name of the reporter; required unless anonymous'),
    nik: ZReporterIdentity.shape.nik,
    address: ZReporterIdentity.shape.address,
    phone: ZReporterIdentity.shape.phone,
    email: ZReporterIdentity.shape.email,
  })
  .superRefine((r, ctx) => {
    if (r.anonymous) {
      // Identity given "anonymously" would still be stored: refuse it rather than keep it half-protected.
      for (const field of IDENTITY_FIELDS)
        if (r[field] !== undefined)
          ctx.addIssue({ code: 'custom', path: [field], message: 'leave empty for an anonymous reporter' });
    } else if (r.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'required unless the reporter is anonymous' });
    }
  })
  .describe('The reporter (pelapor) of a laporan; a temuan has none');
export type ReporterInput = z.output<typeof ZReporterInput>;

/** The identity a reporter input carries; null when anonymous. */
export function identityOf(r: ReporterInput): ReporterIdentity | null {
  if (r.anonymous || r.name === undefined) return null;
  const { anonymous: _, name, ...rest } = r;
  return { name, ...rest };
}

/**
 * What the case file says about an intake's reporter: `sealed` (on file, identity sealed), `anonymous` (a laporan
 * without identity: syarat formil unmet) or null (a temuan). `id` only for the roles that may unseal.
 */
export const ZIntakeReporter = z
  .object({
    status: z
      .enum(['sealed', 'anonymous'])
      .describe('sealed: on file, identity sealed; anonymous: none given'),
    id: z
      .uuid()
      .nullable()
      .describe('Reporter id, for an unseal request; null when your role may not unseal'),
  })
  .nullable()
  .describe('The reporter of a laporan; null for a temuan');

export const ZReporterParams = z.strictObject({
  id: z.uuid().describe('Case id'),
  reporterId: z.uuid().describe('Reporter id (the intake’s reporter)'),
});

export const ZUnsealReporterInput = z.strictObject({
  reason: zText({ min: 10, max: 1000 }).describe(
    'Why the identity is needed (e.g. invitation to clarification); kept in the audit trail',
  ),
});

export const ZUnsealedReporter = z.object({
  reporterId: z.uuid().describe('Reporter id'),
  identity: ZReporterIdentity.describe('The unsealed identity: do not copy it into the case file'),
  unsealedAt: z
    .string()
    .describe('When it was unsealed (ISO timestamp); the audit trail records who and why'),
});
export type UnsealedReporter = z.infer<typeof ZUnsealedReporter>;
