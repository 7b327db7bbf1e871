// Zod schemas of the case API: the intake (laporan / temuan) form, the inbox query, and the case as the API shows it.
// Imported by the web app too: no server imports here.
import { z } from 'zod';
import { ZIsoDate } from '../../platform/calendar/schema';
import { zText } from '../../platform/http/text-schema';
import { ZElectionId, ZViolationFormCodes } from './inputs/common-fields';
import { ZIntakeReporter, ZReporterInput } from './reporter-api-schema';
import { ZCaseActionId, ZCaseOutcome, ZCaseProgress, ZCaseState, ZDeadlineStage } from './schema';

const ZRegionCode = z
  .string()
  .regex(/^\d{2}\.\d{2}(\.\d{2})?$/, 'must be a kabupaten/kota or kecamatan code such as 33.03')
  .describe('Kemendagri code of the kabupaten/kota (or kecamatan) where the act took place');
const ZAgencyCode = z
  .string()
  .regex(/^(pemda-\d{2}(\.\d{2})?|kl-[a-z0-9]+(-[a-z0-9]+)*)$/, 'must be an agency code such as pemda-33.03')
  .describe('Agency (instansi) code: pemda-33.03, pemda-33 or kl-kemenag');

export const INTAKE_CHANNELS = [
  'walk_in',
  'letter',
  'phone',
  'email',
  'patrol',
  'social_media',
  'sp4n_lapor',
  'online',
] as const;
export const ZIntakeChannel = z
  .enum(INTAKE_CHANNELS)
  .describe(
    'How the matter reached Bawaslu: walk_in, letter, phone, email, patrol, social_media, sp4n_lapor, online',
  );
/**
 * The channels a laporan comes through: a member of the public comes forward in person, in writing, by phone or
 * e-mail, online, or through SP4N-LAPOR! (REF §3.3). Patrol and social-media monitoring are Bawaslu's own
 * supervision (pengawasan): what they turn up is a temuan, whoever posted it.
 */
export const REPORT_CHANNELS = ['walk_in', 'letter', 'phone', 'email', 'online', 'sp4n_lapor'] as const;

/** laporan (from the public) or temuan (Bawaslu's own finding), Perbawaslu 7/2022. */
export const INTAKE_KINDS = ['laporan', 'temuan'] as const;
export const ZIntakeKind = z
  .enum(INTAKE_KINDS)
  .describe('laporan (a report from the public) or temuan (Bawaslu’s own finding)');

export const JABATAN_CLASSES = ['jpt', 'administrator', 'pengawas', 'fungsional', 'pelaksana'] as const;

export const ZCaseSubjectInput = z.strictObject({
  name: zText({ min: 1, max: 200 }).describe('Name of the ASN (terlapor)'),
  nip: z
    .string()
    .regex(/^\d{18}$/, 'must be 18 digits')
    .optional()
    .describe('NIP (18 digits) when known'),
  agencyCode: ZAgencyCode.optional().describe('Agency the ASN works for, when known'),
  jabatan: zText({ min: 2, max: 200 }).describe('Position (jabatan), e.g. Kepala Desa, Guru'),
  jabatanClass: z
    .enum(JABATAN_CLASSES)
    .describe('Class of position: jpt, administrator, pengawas, fungsional or pelaksana (UU 20/2023)'),
  isRegionalHeadStaff: z
    .boolean()
    .default(false)
    .describe('Camat or lurah: staff of the regional head (SKB 2022)'),
  regionCode: ZRegionCode.optional().describe('Where the ASN works, when it differs from the act'),
  asnType: z.enum(['pns', 'pppk', 'ppnpn']).describe('PNS, PPPK or PPNPN (non-ASN government staff)'),
});

/** The act as staff record it. */
export const ZCaseActInput = z.strictObject({
  date: ZIsoDate.describe('Day of the act'),
  knownOn: ZIsoDate.optional().describe(
    'Day the act became known (to the reporter, or to Bawaslu); defaults to the intake day for a temuan, required for a laporan: the filing window counts from it',
  ),
  place: zText({ min: 2, max: 500 }).describe('Where the act took place'),
});

/** How the matter came in. */
export const ZIntakeDetailsInput = z.strictObject({
  channel: ZIntakeChannel,
  receivedOn: ZIsoDate.describe('Day the laporan was received or the temuan recorded'),
  summary: zText({ min: 10, max: 4000 }).describe('What was reported or found (uraian laporan / temuan)'),
});

/** Cross-field rules of a new intake: what a laporan needs that a temuan does not, and the reverse. */
function checkIntakeKind(
  input: {
    intake: { kind: string; channel: string };
    act: { knownOn?: string | undefined };
    reporter?: unknown;
  },
  ctx: z.RefinementCtx,
): void {
  if (input.intake.kind === 'temuan') {
    if (input.reporter !== undefined)
      ctx.addIssue({ code: 'custom', path: ['reporter'], message: 'only a laporan has a reporter' });
    return;
  }
  if (input.reporter === undefined)
    ctx.addIssue({ code: 'custom', path: ['reporter'], message: 'required for a laporan' });
  // Perbawaslu 7/2022 Pasal 8(3), UU 7/2017 Pasal 454(6): the 7-day filing window counts from this day.
  if (input.act.knownOn === undefined)
    ctx.addIssue({ code: 'custom', path: ['act', 'knownOn'], message: 'required for a laporan' });
  if (!(REPORT_CHANNELS as readonly string[]).includes(input.intake.channel))
    ctx.addIssue({
      code: 'custom',
      path: ['intake', 'channel'],
      message: 'a laporan does not come by this channel',
    });
}

/**
 * A new case from one intake, entered by Bawaslu staff: a temuan (Bawaslu's own finding) or a laporan brought by
 * a member of the public, with its reporter (sealed at rest) and the day the act became known (Perbawaslu 7/2022).
 */
export const ZCreateIntakeInput = z
  .strictObject({
    electionId: ZElectionId,
    regionCode: ZRegionCode,
    agencyCode: ZAgencyCode.optional().describe("The subject's agency; defaults to the first subject's"),
    act: ZCaseActInput,
    violationFormCodes: ZViolationFormCodes.optional(),
    intake: z.strictObject({
      // Default temuan: clients written before laporan entry keep working.
      kind: ZIntakeKind.default('temuan'),
      ...ZIntakeDetailsInput.shape,
    }),
    reporter: ZReporterInput.optional(),
    subjects: z.array(ZCaseSubjectInput).min(1).max(20).describe('The ASN concerned (terlapor)'),
  })
  .superRefine(checkIntakeKind);
export type CreateIntakeInput = z.output<typeof ZCreateIntakeInput>;

/**
 * Another laporan or temuan about the act of an existing case (issue 4 §1: a case holds one or more intakes), added
 * while Bawaslu holds it. The act stays the case's; only when this intake's reporter came to know of it is new.
 */
export const ZAddIntakeInput = z
  .strictObject({
    expectedVersion: z.number().int().min(1).describe('The version the caller saw; a newer one answers 409'),
    act: z
      .strictObject({ knownOn: ZCaseActInput.shape.knownOn })
      .default({})
      .describe('When this intake’s reporter (or Bawaslu) came to know of the act'),
    intake: z.strictObject({ kind: ZIntakeKind.default('laporan'), ...ZIntakeDetailsInput.shape }),
    reporter: ZReporterInput.optional(),
  })
  .superRefine(checkIntakeKind);
export type AddIntakeInput = z.output<typeof ZAddIntakeInput>;

export const ZCaseParams = z.strictObject({ id: z.uuid().describe('Case id') });
export const ZCaseActionParams = z.strictObject({
  id: z.uuid().describe('Case id'),
  action: ZCaseActionId,
});
export const ZCaseActionBody = z.strictObject({
  expectedVersion: z.number().int().min(1).describe('The version the caller saw; a newer one answers 409'),
  input: z.unknown().default({}).describe("The action's input (CASE_ACTION_INPUTS)"),
});

export const CASE_SORTS = ['due_on', 'updated_at', 'created_at'] as const;
export const ZCaseInboxQuery = z.strictObject({
  state: ZCaseState.optional(),
  progress: ZCaseProgress.optional().describe(
    'Only cases at this desk: intake, bawaslu, bkn, ppk (what the PPK owes) or closed',
  ),
  electionId: z.string().max(64).optional().describe('Only cases of this election'),
  regionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2})?)?$/, 'must be a region code such as 33 or 33.03')
    .optional()
    .describe('Only cases in this region or below it'),
  agencyCode: ZAgencyCode.optional().describe('Only cases of this agency'),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only open cases past their due date'),
  dueBefore: ZIsoDate.optional().describe('Only cases due on or before this day'),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only cases on which you may take an action now (your tasks)'),
  violationFormCode: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a violation form code such as pp94-5n-1')
    .max(64)
    .optional()
    .describe('Only cases with this violation form (category)'),
  phaseCode: z
    .string()
    .regex(/^[a-z0-9_-]+$/, 'must be an election phase code')
    .max(64)
    .optional()
    .describe('Only cases whose act fell in this election phase'),
  q: zText({ min: 2, max: 100 })
    .optional()
    .describe('Reference number (NTR-2024-000123) or part of a subject name'),
  sort: z
    .enum(CASE_SORTS)
    .default('due_on')
    .describe('due_on (soonest first), updated_at or created_at (newest first)'),
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).describe('Items per page (at most 100)'),
});
export type CaseInboxQuery = z.output<typeof ZCaseInboxQuery>;

export const ZDeadlineClock = z
  .object({
    ruleId: z.string().describe('The deadline rule'),
    stage: ZDeadlineStage,
    startedOn: ZIsoDate.describe('Day the period counts from'),
    dueOn: ZIsoDate.describe('Last day to act (inclusive)'),
    escalateOn: ZIsoDate.nullable().describe('Day the escalation is raised'),
    overdue: z.boolean().describe('Today (Asia/Jakarta) is after the due date'),
    escalationDue: z.boolean().describe('Today is on or after the escalation day'),
  })
  .nullable()
  .describe('The running deadline; null when none runs');

export const ZCaseSummary = z.object({
  id: z.uuid().describe('Case id'),
  referenceNumber: z.string().describe('Human reference, NTR-2024-000123'),
  electionId: z.string().describe('Election id'),
  regionCode: z.string().describe('Region of the act'),
  agencyCode: z.string().nullable().describe("The subject's agency"),
  state: ZCaseState,
  progress: ZCaseProgress,
  outcome: ZCaseOutcome,
  ppkConflicted: z.boolean().describe('The PPK has a conflict of interest'),
  deadline: ZDeadlineClock,
  actDate: ZIsoDate.describe('Day of the act'),
  version: z.number().int().describe('Optimistic-lock version: send it back with an action'),
  isDemo: z.boolean().describe('Demo data'),
  createdAt: z.string().describe('Created (ISO timestamp)'),
  updatedAt: z.string().describe('Last changed (ISO timestamp)'),
});
export type CaseSummary = z.infer<typeof ZCaseSummary>;

/**
 * How far the inbox counts: an exact count of a nation's cases costs hundreds of milliseconds at 1 M cases
 * (bench/README.md), and nobody pages through more than a thousand cases: they narrow the filters.
 */
export const COUNT_CAP = 1000;

export const ZCasePage = z.object({
  items: z.array(ZCaseSummary).describe('The page of cases'),
  total: z
    .number()
    .int()
    .describe(`Cases matching the filters, counted up to ${COUNT_CAP} past the first case of the page`),
  totalIsLowerBound: z
    .boolean()
    .describe('More cases match than `total`: the count stopped there (narrow the filters to see the rest)'),
});
export type CasePage = z.infer<typeof ZCasePage>;

export const DOCUMENT_KINDS = ['evidence', 'minutes', 'letter', 'decree', 'other'] as const;
export const ZDocumentKind = z
  .enum(DOCUMENT_KINDS)
  .describe('evidence (bukti), minutes (berita acara), letter (surat), decree (keputusan) or other');
/** Accepted file types, sniffed from the bytes. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ZCaseDocument = z.object({
  id: z.uuid().describe('Document id: cite it in an action’s documentIds'),
  kind: ZDocumentKind,
  fileName: z.string().describe('File name as uploaded'),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES).describe('PDF, JPEG or PNG (sniffed from the content)'),
  sizeBytes: z.number().int().describe('Size in bytes'),
  sha256: z.string().describe('SHA-256 of the content (integrity of the evidence)'),
  uploadedAt: z.string().describe('When it was uploaded (ISO timestamp)'),
  uploadedByRole: z.string().describe('Role of the uploader'),
});
export type CaseDocument = z.infer<typeof ZCaseDocument>;

/** Days ahead that count as "due soon" in the console (a tab, a count and the row emphasis). */
export const DUE_SOON_DAYS = 3;

export const ZCaseCounts = z.object({
  open: z.number().int().describe('Open cases you may see'),
  mine: z.number().int().describe('Cases on which you may take an action now'),
  dueSoon: z.number().int().describe('Open cases due within the next 3 days (not yet overdue)'),
  overdue: z.number().int().describe('Open cases past their due date'),
});
export type CaseCounts = z.infer<typeof ZCaseCounts>;

export const ZCaseDetail = ZCaseSummary.extend({
  actKnownOn: ZIsoDate.nullable().describe('Day the act became known'),
  actPlace: z.string().describe('Where the act took place'),
  phaseCode: z.string().nullable().describe('Election phase on the act date'),
  campaignRelation: z.string().nullable().describe('before_campaign, campaign, quiet_period, …'),
  violationFormCodes: z.array(z.string()).describe('Violation form codes'),
  subjects: z
    .array(
      z.object({
        id: z.uuid().describe('Subject id'),
        name: z.string().describe('Name'),
        nip: z.string().nullable().describe('NIP'),
        agencyCode: z.string().nullable().describe('Agency'),
        jabatan: z.string().describe('Position'),
        jabatanClass: z.enum(JABATAN_CLASSES).describe('Class of position'),
        isRegionalHeadStaff: z.boolean().describe('Camat or lurah'),
        regionCode: z.string().nullable().describe('Where the ASN works'),
        asnType: z.enum(['pns', 'pppk', 'ppnpn']).describe('PNS, PPPK or PPNPN'),
      }),
    )
    .describe('The ASN concerned'),
  intakes: z
    .array(
      z.object({
        id: z.uuid().describe('Intake id'),
        kind: ZIntakeKind,
        channel: ZIntakeChannel,
        receivedOn: ZIsoDate.describe('Day received'),
        knownOn: ZIsoDate.nullable().describe('Day the act became known'),
        summary: z
          .string()
          .nullable()
          .describe('Summary; null where your role may not read a public report (it may name the reporter)'),
        reporter: ZIntakeReporter,
      }),
    )
    .describe('How the case came in'),
  events: z
    .array(
      z.object({
        seq: z.number().int().describe('Order of the event'),
        at: z.string().describe('When (ISO timestamp)'),
        actorRole: z.string().describe('Role of the actor'),
        action: z.string().describe('Action taken (create_finding, create_report or a workflow action)'),
        fromState: ZCaseState.nullable(),
        toState: ZCaseState,
        version: z.number().int().describe('Case version after the event'),
        input: z.unknown().describe('The input of the action; null when withheld from your role'),
        inputRedacted: z
          .boolean()
          .describe(
            "true: the input is Bawaslu's record, which your role may not read (it may name the reporter)",
          ),
        flags: z.array(z.string()).describe('Flags raised for BKN'),
      }),
    )
    .describe('The timeline, oldest first'),
  documents: z.array(ZCaseDocument).describe('Documents you may read, oldest first'),
  abilities: z.array(ZCaseActionId).describe('Actions the caller may take now'),
});
export type CaseDetail = z.infer<typeof ZCaseDetail>;

export const ZNotification = z.object({
  id: z.uuid().describe('Notification id'),
  caseId: z.uuid().describe('The case it is about'),
  referenceNumber: z.string().describe('Reference number of the case'),
  kind: z.enum(['overdue', 'escalation']).describe('overdue: a deadline passed; escalation: its day came'),
  dueOn: ZIsoDate.describe('The deadline it is about'),
  caseState: ZCaseState,
  task: ZCaseActionId.nullable().describe('The action the escalation asks for, if any'),
  createdAt: z.string().describe('When it was raised (ISO timestamp)'),
  readAt: z.string().nullable().describe('When you read it; null when unread'),
});
export const ZNotificationList = z.object({
  items: z.array(ZNotification).describe('Your notifications, newest first (at most 50)'),
  unread: z.number().int().describe('Unread notifications'),
});
export type NotificationList = z.infer<typeof ZNotificationList>;
export const ZNotificationParams = z.strictObject({ id: z.uuid().describe('Notification id') });
export const ZCaseDocumentParams = z.strictObject({
  id: z.uuid().describe('Case id'),
  documentId: z.uuid().describe('Document id'),
});
