// THE AUTHORIZATION MATRIX: one row per route under /api, saying who may call it. A route the app mounts without a
// row here fails test/authorization-matrix.test.ts: whoever adds a route must decide who may call it.
//
// How a row is read (cell-expectations.ts turns it into cells, principal × target; matrix-runner.ts runs them):
//   callers  'public'            anyone, signed in or not;
//            [roles]             those roles; any other signed-in role gets 403, anonymous and half-signed-in 401;
//            'next-step-holders' the roles holding the case's next workflow step (case-fixture.ts SHARED_CASES).
//   target   'none'              one call per principal;
//            'case'              one call per shared case: a case outside the caller's scope answers 404 and its
//                                body names neither the case id nor its reference number;
//            'case-action'       'case', sending the case's next step with an invalid input (a caller who holds the
//                                step gets 400: past scope and role, stopped before any change), plus one real step
//                                per acting role on a fresh case of its own (FRESH_STEPS), which must succeed;
//            'finding-area'      a finding in the caller's own area (success) and in East Java (403 for callers);
//            'document'          one call per document the upload row stored: one the caller may not read (its case
//                                outside the scope, or Bawaslu's file for the agency side: document-audience.ts)
//                                answers 404, and its id and file name appear in no answer to that caller;
//            'notification'      one call per deadline notification: one not addressed to the caller's role, or
//                                about a case outside the caller's scope, answers 404.
//            'reporter'          one call per named laporan reporter (reporter-fixture.ts): one whose case the caller
//                                does not see answers 404 (the custodian reaches every reporter without the case).
//   list     'cases' | 'case-counts' | 'notifications'  the answer is checked against the fixture: nothing
//                                outside the scope, totals exactly what the role may see.
// Every refused POST leaves the database unchanged; every POST without its CSRF token answers 403; an anonymous
// HEAD answers as the GET does. Principals: anonymous, pending_totp and one user per role (principals.ts).
import type { StaffRole } from '../../../src/modules/identity/schema';
import { STAFF_ROLES } from '../../../src/modules/identity/schema';
import { VALID_INPUTS } from '../../../src/modules/cases/workflow-test-fixtures';
import { multipartBody, tinyPdf } from '../case-documents';
import { findingBody } from '../case-factory';
import type { KnownCase } from './case-fixture';
import { FRESH_STEPS } from './case-fixture';
import type { KnownDocument } from './document-audience';
import type { KnownNotification } from './notification-fixture';
import type { Principal } from './principals';
import type { KnownReporter } from './reporter-fixture';

export type Callers = 'public' | readonly StaffRole[] | 'next-step-holders';
export type TargetKind =
  'none' | 'case' | 'case-action' | 'finding-area' | 'document' | 'notification' | 'reporter';

/** What one cell aims at. */
export type Target =
  | { kind: 'none' }
  | { kind: 'case'; case: KnownCase; mode: 'read' | 'probe' | 'real' }
  | { kind: 'area'; inside: boolean }
  | { kind: 'document'; document: KnownDocument }
  | { kind: 'notification'; notification: KnownNotification }
  | { kind: 'reporter'; reporter: KnownReporter };

/** Values the requests need that only exist once the fixture is built. */
export interface MatrixContext {
  /** An account whose password the anonymous caller uses to sign in (POST /api/auth/login). */
  spareAccount: { email: string; password: string };
  /** A staff user admin disables (admin runs last: every other caller is refused first). */
  userToDisable: string;
  unique: () => string;
}

export interface Cell {
  principal: Principal;
  target: Target;
  context: MatrixContext;
}

export interface MatrixRequest {
  url: string;
  /** JSON, or the raw bytes of `contentType`. */
  body?: unknown;
  contentType?: string;
}

export interface RouteRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  callers: Callers;
  target: TargetKind;
  /** The status a permitted call answers. */
  success: number;
  request: (cell: Cell) => MatrixRequest;
  list?: 'cases' | 'case-counts' | 'notifications';
  /** Set when only the anonymous caller is exercised, with the reason. */
  anonymousOnly?: string;
  /** Why these callers (the law, the issue, or the design decision). */
  why: string;
}

const ALL_STAFF: readonly StaffRole[] = STAFF_ROLES;
/** The roles that take some workflow step (transitions/*.ts); admin, custodian and Ombudsman take none. */
const ACTING_ROLES = Object.keys(FRESH_STEPS) as StaffRole[];
const ADMIN: readonly StaffRole[] = ['admin'];
const BAWASLU: readonly StaffRole[] = ['bawaslu_staf', 'bawaslu_pimpinan'];
const UNSEALERS: readonly StaffRole[] = ['custodian', ...BAWASLU];
const PUBLIC = 'public' as const;

const caseOf = (cell: Cell): KnownCase => {
  if (cell.target.kind !== 'case') throw new Error('this row needs a case target');
  return cell.target.case;
};

/** The case's next step: the real one on a fresh case, or a probe with an input no action accepts. */
function caseActionRequest(cell: Cell): MatrixRequest {
  const c = caseOf(cell);
  if (cell.target.kind === 'case' && cell.target.mode === 'real') {
    const role = cell.principal.role as keyof typeof FRESH_STEPS;
    const action = FRESH_STEPS[role].action;
    return {
      url: `/api/cases/${c.id}/actions/${action}`,
      body: { expectedVersion: c.version, input: VALID_INPUTS[action] },
    };
  }
  const action = c.nextStep?.action ?? 'register_case';
  return {
    url: `/api/cases/${c.id}/actions/${action}`,
    body: { expectedVersion: c.version, input: 'not an input' },
  };
}

function findingRequest(cell: Cell): MatrixRequest {
  const inside = cell.target.kind !== 'area' || cell.target.inside;
  return {
    url: '/api/cases',
    body: inside ? findingBody() : findingBody({ regionCode: '35.78', agencyCode: 'pemda-35.78' }),
  };
}

type RowOptions = Partial<Pick<RouteRow, 'request' | 'list' | 'anonymousOnly'>>;

function row(
  method: RouteRow['method'],
  url: string,
  callers: Callers,
  target: TargetKind,
  success: number,
  why: string,
  opts: RowOptions = {},
): RouteRow {
  return { method, url, callers, target, success, why, request: opts.request ?? (() => ({ url })), ...opts };
}

const caseUrl = (suffix: string) => (c: Cell) => ({ url: `/api/cases/${caseOf(c).id}${suffix}` });
// A stale version (999): whoever may add an intake to a case it sees is stopped with 409 before any change.
const staleIntake = (c: Cell) => ({
  url: `/api/cases/${caseOf(c).id}/intakes`,
  body: {
    expectedVersion: 999,
    act: { knownOn: '2024-11-02' },
    intake: {
      kind: 'temuan',
      channel: 'patrol',
      receivedOn: '2024-11-03',
      summary: 'Temuan kedua atas perbuatan yang sama.',
    },
  },
});
const documentUrl = (c: Cell) => {
  if (c.target.kind !== 'document') throw new Error('this row needs a document target');
  const d = c.target.document;
  return { url: `/api/cases/${d.case.id}/documents/${d.id}/content` };
};
const newUser = (c: Cell) => ({
  url: '/api/admin/users',
  body: {
    email: `matrix.${c.context.unique()}@test.netra.id`,
    name: 'Akun Matriks',
    role: 'bawaslu_staf',
    scope: { bawasluLevel: 'kabkota', regionCode: '33.03' },
  },
});
const disableUser = (c: Cell) => ({
  url: `/api/admin/users/${c.context.userToDisable}/disable`,
  body: { reason: 'Uji matriks otorisasi' },
});
/** The shipped values of an unverified rule: the edit is stored and audited but changes no later row's deadline. */
const editDeadlineRule = () => ({
  url: '/api/admin/deadline-rules/pemilu.unblock_review',
  body: {
    days: 3,
    count: 'working',
    escalateAfterDays: 2,
    reason: 'Uji matriks otorisasi: nilai dikonfirmasi',
  },
});
const unsealReporter = (c: Cell) => {
  if (c.target.kind !== 'reporter') throw new Error('this row needs a reporter target');
  const r = c.target.reporter;
  return {
    url: `/api/cases/${r.case.id}/reporters/${r.id}/unseal`,
    body: { reason: 'Uji matriks otorisasi: undangan klarifikasi' },
  };
};
const notificationUrl = (c: Cell) => {
  if (c.target.kind !== 'notification') throw new Error('this row needs a notification target');
  return { url: `/api/notifications/${c.target.notification.id}/read` };
};
/** A PDF named after its uploader and case: the leak check looks for the name in what others are answered. */
const uploadDocument = (c: Cell) => {
  const name = `${c.principal.key}-${caseOf(c).label}.pdf`;
  const form = multipartBody({ kind: 'letter' }, { name, type: 'application/pdf', content: tinyPdf() });
  return { url: `/api/cases/${caseOf(c).id}/documents`, body: form.payload, contentType: form.contentType };
};
const SIGN_IN_ONLY =
  'Signing in or out replaces or ends the caller’s session, so only the anonymous caller is exercised here; ' +
  'login-flow.test.ts covers signed-in callers (and a wrong TOTP code counts towards the lock-out).';
const FIRST_STEP_ONLY =
  'Only a half-signed-in (password_ok) session may send a code: no fully signed-in role.';

// prettier-ignore
export const ROUTE_ROWS: readonly RouteRow[] = [
  //  method  url                                                callers              target          success why (and options)
  // platform
  row('GET',  '/api/openapi.json',                               PUBLIC,              'none',         200, 'The API description is public (no data).'),
  // sign-in: src/modules/identity/routes.auth.ts
  row('GET',  '/api/auth/session',                               PUBLIC,              'none',         200, 'Anyone reads their own session state and gets a CSRF token.'),
  row('POST', '/api/auth/login',                                 PUBLIC,              'none',         200, 'Signing in is public.', { anonymousOnly: SIGN_IN_ONLY, request: (c) => ({ url: '/api/auth/login', body: c.context.spareAccount }) }),
  row('POST', '/api/auth/totp',                                  [],                  'none',         200, FIRST_STEP_ONLY, { anonymousOnly: SIGN_IN_ONLY, request: () => ({ url: '/api/auth/totp', body: { code: '000000' } }) }),
  row('POST', '/api/auth/logout',                                PUBLIC,              'none',         204, 'Signing out is always allowed.', { anonymousOnly: SIGN_IN_ONLY, request: () => ({ url: '/api/auth/logout', body: {} }) }),
  // administration: src/modules/identity/routes.admin.ts, policy.ts
  row('GET',  '/api/admin/users',                                ADMIN,               'none',         200, 'user.manage: admin only.'),
  row('POST', '/api/admin/users',                                ADMIN,               'none',         201, 'user.manage: admin only.', { request: newUser }),
  row('POST', '/api/admin/users/:id/disable',                    ADMIN,               'none',         200, 'user.manage: admin only.', { request: disableUser }),
  row('GET',  '/api/admin/audit',                                ADMIN,               'none',         200, 'audit.read: admin only, not the custodian whose unsealings it records (separation of duties).'),
  // deadline rules: src/modules/cases/routes.deadline-rules.ts
  row('GET',  '/api/admin/deadline-rules',                       ALL_STAFF,           'none',         200, 'Every staff role reads the periods its deadlines follow and which are unverified.'),
  row('PUT',  '/api/admin/deadline-rules/:id',                   ADMIN,               'none',         200, 'deadline_rules.manage: admin only, with audit (ARCHITECTURE §4).', { request: editDeadlineRule }),
  // reference data: src/modules/reference
  row('GET',  '/api/reference/regions',                          PUBLIC,              'none',         200, 'Public reference data.'),
  row('GET',  '/api/reference/regions/:code',                    PUBLIC,              'none',         200, 'Public reference data.', { request: () => ({ url: '/api/reference/regions/33.03' }) }),
  row('GET',  '/api/reference/agencies',                         PUBLIC,              'none',         200, 'Public reference data.'),
  row('GET',  '/api/reference/agencies/:code',                   PUBLIC,              'none',         200, 'Public reference data.', { request: () => ({ url: '/api/reference/agencies/pemda-33.03' }) }),
  row('GET',  '/api/reference/bkn-offices',                      PUBLIC,              'none',         200, 'Public reference data.'),
  row('GET',  '/api/reference/elections',                        PUBLIC,              'none',         200, 'Public reference data.'),
  row('GET',  '/api/reference/elections/:id',                    PUBLIC,              'none',         200, 'Public reference data.', { request: () => ({ url: '/api/reference/elections/pilkada-2024' }) }),
  row('GET',  '/api/reference/holidays',                         PUBLIC,              'none',         200, 'Public reference data.'),
  row('GET',  '/api/public/stats',                              PUBLIC,              'none',         200, 'Public statistics: aggregates only, small cells withheld.'),
  row('GET',  '/api/public/stats.csv',                          PUBLIC,              'none',         200, 'The same public statistics as CSV.'),
  row('GET',  '/api/public/stats/trend',                        PUBLIC,              'none',         200, 'Public statistics month by month: aggregates only.'),
  row('GET',  '/api/public/stats/trend.csv',                    PUBLIC,              'none',         200, 'The same monthly series as CSV.'),
  row('GET',  '/api/public/stats/ppk-league',                   PUBLIC,              'none',         200, 'The PPK follow-up league table is public (issue 5 §5): persons counted, small cells withheld.'),
  row('GET',  '/api/public/stats/ppk-league.csv',               PUBLIC,              'none',         200, 'The same league table as CSV.'),
  // The admin (the only caller allowed, and the last to run) publishes the snapshot the next rows read.
  row('POST', '/api/stats/snapshots',                           ADMIN,               'none',         201, 'stats.publish: admin only, audited (issue 5 §2).', { request: () => ({ url: '/api/stats/snapshots', body: { id: 'matrix-snapshot', title: 'Matrix snapshot', asOf: '2024-11-01' } }) }),
  row('GET',  '/api/public/stats/snapshots',                    PUBLIC,              'none',         200, 'Published snapshots are public and cited.'),
  row('GET',  '/api/public/stats/snapshots/:id',                PUBLIC,              'none',         200, 'A published snapshot is public.', { request: () => ({ url: '/api/public/stats/snapshots/matrix-snapshot' }) }),
  row('GET',  '/api/public/stats/snapshots/:id.csv',            PUBLIC,              'none',         200, 'A published snapshot as CSV.', { request: () => ({ url: '/api/public/stats/snapshots/matrix-snapshot.csv' }) }),
  row('GET',  '/api/public/stats/reconciliation',               PUBLIC,              'none',         200, 'The reconciliation of the agencies’ counts is public.', { request: () => ({ url: '/api/public/stats/reconciliation?election=pilkada-2024' }) }),
  row('GET',  '/api/public/open-data',                          PUBLIC,              'none',         200, 'The open-data dumps are public (issue 5 §6).'),
  row('GET',  '/api/public/open-data/:day',                     PUBLIC,              'none',         404, 'A dump’s manifest is public (the matrix has none written: 404 for all).', { request: () => ({ url: '/api/public/open-data/2024-11-04' }) }),
  row('GET',  '/api/public/open-data/:day/:name',               PUBLIC,              'none',         404, 'A dump’s file is public (none written: 404 for all).', { request: () => ({ url: '/api/public/open-data/2024-11-04/funnel.csv' }) }),
  row('GET',  '/api/public/geo/provinces',                      PUBLIC,              'none',         200, 'Public map boundaries (MIT, cahyadsn/wilayah_boundaries).'),
  row('GET',  '/api/public/geo/regencies',                      PUBLIC,              'none',         200, 'Public map boundaries (MIT, cahyadsn/wilayah_boundaries).'),
  row('GET',  '/api/reference/legal/regulations',                ALL_STAFF,           'none',         200, 'legal.read: every staff role (the workflow’s shared vocabulary).'),
  row('GET',  '/api/reference/legal/violation-forms',            ALL_STAFF,           'none',         200, 'legal.read: every staff role.'),
  row('GET',  '/api/reference/legal/sanction-types',             ALL_STAFF,           'none',         200, 'legal.read: every staff role.'),
  // cases: src/modules/cases/routes.ts, scoped by visibleTo
  row('POST', '/api/cases',                                      BAWASLU,             'finding-area', 201, 'Bawaslu records a temuan or the laporan brought to it (Perbawaslu 7/2022), in its own area only.', { request: findingRequest }),
  row('GET',  '/api/cases',                                      ALL_STAFF,           'none',         200, 'Every staff role has an inbox of the cases in its scope (the custodian’s is empty).', { list: 'cases' }),
  row('GET',  '/api/cases/counts',                               ALL_STAFF,           'none',         200, 'The inbox tab counts, over the cases in scope only.', { list: 'case-counts' }),
  row('POST', '/api/cases/:id/intakes',                          BAWASLU,             'case',         409, 'Bawaslu adds another laporan or temuan to a case it sees (here with a stale version: 409, nothing written); others 403, out of scope 404.', { request: staleIntake }),
  row('GET',  '/api/cases/:id',                                  ALL_STAFF,           'case',         200, 'Any staff role reads a case in its scope; outside it the case does not exist (404).', { request: caseUrl('') }),
  row('POST', '/api/cases/:id/actions/:action',                  'next-step-holders', 'case-action',  200, 'Each step belongs to the roles in transitions/*.ts, within scope; admin, custodian, Ombudsman take none.', { request: caseActionRequest }),
  row('POST', '/api/cases/:id/documents',                        ACTING_ROLES,        'case',         201, 'The desks that act in the workflow attach documents to cases in scope; Ombudsman, custodian, admin do not.', { request: uploadDocument }),
  row('GET',  '/api/cases/:id/documents/:documentId/content',    ALL_STAFF,           'document',     200, 'Whoever sees the case reads its documents, but Bawaslu’s file never reaches the agency side or Ombudsman.', { request: documentUrl }),
  // reporters of laporan: src/modules/cases/routes.reporters.ts, reporter-policy.ts
  row('POST', '/api/cases/:id/reporters/:reporterId/unseal',     UNSEALERS,           'reporter',     200, 'The custodian (ARCHITECTURE §6) and Bawaslu of the case’s area (to invite the reporter) unseal, audited; BKN, PPK, supervisors, Ombudsman, admin never.', { request: unsealReporter }),
  // notifications
  row('GET',  '/api/notifications',                              ALL_STAFF,           'none',         200, 'Each staff member’s deadline notifications: addressed to the role, about cases in scope.', { list: 'notifications' }),
  row('POST', '/api/notifications/:id/read',                     ALL_STAFF,           'notification', 204, 'Only a notification addressed to the role about a case in scope; any other answers 404.', { request: notificationUrl }),
];

/** Mounted under /api but outside the matrix, and why. */
export const SKIPPED_ROUTES: readonly { url: RegExp; why: string }[] = [
  { url: /^\/api\/docs(\/.*)?$/, why: 'Swagger UI: static assets and the public OpenAPI document, no data.' },
];

export function rowName(row: Pick<RouteRow, 'method' | 'url'>): string {
  return `${row.method} ${row.url}`;
}
