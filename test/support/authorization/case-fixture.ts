// The cases the authorization matrix probes, and who may see each: declared here as data, independently of
// visibleTo (src/modules/cases/queries), so that a change in the scoping rule shows up as a failing cell.
import type { FastifyInstance } from 'fastify';
import type { CaseActionId } from '../../../src/modules/cases/schema';
import { CASE_STATE_INFO, type CaseState } from '../../../src/modules/cases/states';
import type { RoleScope, StaffRole } from '../../../src/modules/identity';
import { CaseDriver, type Desk, type Desks } from '../case-driver';
import { findingBody } from '../case-factory';
import { createTestUser } from '../staff-session';

/**
 * Who sees a case, for the scopes in principals.ts MATRIX_SCOPES. One line per kind of case the fixture holds.
 * The custodian sees no case file (separation of duties); PPK staff only from BKN's recommendation on.
 */
export const SEEN_BY = {
  // Act and subject in Purbalingga (33.03); BKN has recommended.
  purbalinggaRecommended: [
    'admin',
    'bawaslu_staf',
    'bawaslu_pimpinan',
    'bkn_analis',
    'ppk_staf',
    'supervisor_kemendagri',
    'ombudsman_pengawas',
  ],
  // The same, still with Bawaslu or BKN: not yet the PPK's.
  purbalinggaOpen: [
    'admin',
    'bawaslu_staf',
    'bawaslu_pimpinan',
    'bkn_analis',
    'supervisor_kemendagri',
    'ombudsman_pengawas',
  ],
  // Act in Purbalingga, subject a Kemenag (central agency) teacher: KemenPANRB's, not Kemendagri's.
  purbalinggaKemenagRecommended: [
    'admin',
    'bawaslu_staf',
    'bawaslu_pimpinan',
    'bkn_analis',
    'supervisor_kemenpanrb',
    'ombudsman_pengawas',
  ],
  // Act and subject in Surabaya (35.78): East Java, Kanreg II.
  surabaya: ['admin', 'bkn_pejabat'],
  // Act in Surabaya by a Pemkab Purbalingga subject: BKN both by region and by agency, the PPK and Kemendagri by
  // agency; Bawaslu and Ombudsman of Central Java go by the act's region, so not theirs.
  surabayaActPurbalinggaSubjectRecommended: [
    'admin',
    'bkn_analis',
    'bkn_pejabat',
    'ppk_staf',
    'supervisor_kemendagri',
  ],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Visibility = keyof typeof SEEN_BY;

type Path = [Desk, CaseActionId][];
const TO_BKN: Path = [
  ['staf', 'register_case'],
  ['staf', 'start_assessment'],
  ['staf', 'submit_to_plenary'],
  ['pimpinan', 'forward_to_bkn'],
];
const TO_VERIFICATION: Path = [...TO_BKN, ['analis', 'start_verification']];
const TO_PPK: Path = [
  ...TO_VERIFICATION,
  ['analis', 'submit_recommendation_draft'],
  ['pejabat', 'recommend_proven'],
];

interface CaseSpec {
  visibility: Visibility;
  regionCode: string;
  agencyCode: string;
  path: Path;
  /** The next workflow step and the roles that hold it (transitions/*.ts), probed without changing the case. */
  nextStep: { action: CaseActionId; by: readonly StaffRole[] };
}

/** The shared cases every case-scoped route is probed on (never changed by the matrix). */
export const SHARED_CASES = {
  purbalingga: {
    visibility: 'purbalinggaRecommended',
    regionCode: '33.03',
    agencyCode: 'pemda-33.03',
    path: TO_PPK,
    nextStep: { action: 'acknowledge_recommendation', by: ['ppk_staf'] },
  },
  purbalinggaAtBkn: {
    visibility: 'purbalinggaOpen',
    regionCode: '33.03',
    agencyCode: 'pemda-33.03',
    path: TO_VERIFICATION,
    nextStep: { action: 'submit_recommendation_draft', by: ['bkn_analis', 'bkn_pejabat'] },
  },
  kemenag: {
    visibility: 'purbalinggaKemenagRecommended',
    regionCode: '33.03',
    agencyCode: 'kl-kemenag',
    path: TO_PPK,
    nextStep: {
      action: 'mark_ppk_conflicted',
      by: ['bkn_analis', 'bkn_pejabat', 'supervisor_kemendagri', 'supervisor_kemenpanrb'],
    },
  },
  surabaya: {
    visibility: 'surabaya',
    regionCode: '35.78',
    agencyCode: 'pemda-35.78',
    path: TO_PPK,
    nextStep: { action: 'acknowledge_recommendation', by: ['ppk_staf'] },
  },
  surabayaSanctioned: {
    visibility: 'surabayaActPurbalinggaSubjectRecommended',
    regionCode: '35.78',
    agencyCode: 'pemda-33.03',
    path: [...TO_PPK, ['ppk', 'record_sanction_decree']],
    nextStep: { action: 'reopen_at_bkn', by: ['bkn_pejabat'] },
  },
} as const satisfies Record<string, CaseSpec>;
export type SharedCaseKey = keyof typeof SHARED_CASES;

type Place = Pick<CaseSpec, 'visibility' | 'regionCode' | 'agencyCode'>;
const PURBALINGGA_OPEN: Place = {
  visibility: 'purbalinggaOpen',
  regionCode: '33.03',
  agencyCode: 'pemda-33.03',
};
const PURBALINGGA_AT_PPK: Place = { ...PURBALINGGA_OPEN, visibility: 'purbalinggaRecommended' };

/** One real step per role that acts on cases, each on a fresh case of its own (a success changes the case). */
export const FRESH_STEPS = {
  bawaslu_staf: { ...PURBALINGGA_OPEN, path: [], action: 'register_case' },
  bawaslu_pimpinan: { ...PURBALINGGA_OPEN, path: [], action: 'register_case' },
  bkn_analis: { ...PURBALINGGA_OPEN, path: TO_BKN, action: 'start_verification' },
  bkn_pejabat: {
    visibility: 'surabaya',
    regionCode: '35.78',
    agencyCode: 'pemda-35.78',
    path: TO_BKN,
    action: 'start_verification',
  },
  ppk_staf: { ...PURBALINGGA_AT_PPK, path: TO_PPK, action: 'acknowledge_recommendation' },
  supervisor_kemendagri: { ...PURBALINGGA_AT_PPK, path: TO_PPK, action: 'mark_ppk_conflicted' },
  supervisor_kemenpanrb: {
    visibility: 'purbalinggaKemenagRecommended',
    regionCode: '33.03',
    agencyCode: 'kl-kemenag',
    path: TO_PPK,
    action: 'mark_ppk_conflicted',
  },
} as const satisfies Partial<Record<StaffRole, Place & { path: Path; action: CaseActionId }>>;
export type ActingRole = keyof typeof FRESH_STEPS;

/** A case in the database as the matrix knows it. Every case of the test database is one of these. */
export interface KnownCase {
  label: string;
  id: string;
  referenceNumber: string;
  state: CaseState;
  version: number;
  regionCode: string;
  agencyCode: string;
  subjectNames: string[];
  seenBy: readonly StaffRole[];
  /** Shared cases: the step probed without changing the case, and the roles that hold it. */
  nextStep?: CaseSpec['nextStep'];
}

export function isOpen(c: KnownCase): boolean {
  return CASE_STATE_INFO[c.state].progress !== 'closed';
}

/** National desks that can walk any case anywhere (not the matrix's principals). */
const DRIVER_SCOPES: Record<Desk, RoleScope> = {
  staf: { role: 'bawaslu_staf', scope: { bawasluLevel: 'ri', regionCode: null } },
  pimpinan: { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'ri', regionCode: null } },
  analis: { role: 'bkn_analis', scope: { bknOffice: 'pusat' } },
  pejabat: { role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } },
  ppk: { role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } },
  kemendagri: { role: 'supervisor_kemendagri', scope: { regionCode: null } },
};

async function driverDesks(app: FastifyInstance): Promise<Desks> {
  const desks = {} as Desks;
  for (const [desk, rs] of Object.entries(DRIVER_SCOPES) as [Desk, RoleScope][]) {
    const u = await createTestUser(app, rs.role, rs.scope);
    desks[desk] = { ...rs, id: u.id, email: u.email, name: desk, isDemo: false, locale: null };
  }
  return desks;
}

export interface CaseFixture {
  shared: Record<SharedCaseKey, KnownCase>;
  fresh: Record<ActingRole, KnownCase>;
  /** Every case in the database, including those the matrix creates while it runs. */
  all: KnownCase[];
}

async function buildCase(
  app: FastifyInstance,
  desks: Desks,
  label: string,
  spec: Place & { path: Path },
): Promise<KnownCase> {
  const subjectName = `Subjek ${label}`;
  const body = findingBody({
    regionCode: spec.regionCode,
    agencyCode: spec.agencyCode,
    subjects: [
      { ...(findingBody().subjects as object[])[0], name: subjectName, agencyCode: spec.agencyCode },
    ],
  });
  const driver = await CaseDriver.create(app.ctx.db.pool, desks, body);
  await driver.walk(spec.path);
  const { rows } = await app.ctx.db.pool.query<{ reference_number: string; state: CaseState }>(
    'SELECT reference_number, state FROM cases WHERE id = $1',
    [driver.id],
  );
  const row = rows[0];
  if (!row) throw new Error(`fixture case ${label} not stored`);
  return {
    label,
    id: driver.id,
    referenceNumber: row.reference_number,
    state: row.state,
    version: driver.version,
    regionCode: spec.regionCode,
    agencyCode: spec.agencyCode,
    subjectNames: [subjectName],
    seenBy: SEEN_BY[spec.visibility],
  };
}

/** Walks every shared and fresh case through the workflow (transitionCase in one transaction per step). */
export async function buildCaseFixture(app: FastifyInstance): Promise<CaseFixture> {
  const desks = await driverDesks(app);
  const shared = {} as Record<SharedCaseKey, KnownCase>;
  for (const [key, spec] of Object.entries(SHARED_CASES) as [SharedCaseKey, CaseSpec][]) {
    shared[key] = { ...(await buildCase(app, desks, key, spec)), nextStep: spec.nextStep };
  }
  const fresh = {} as Record<ActingRole, KnownCase>;
  for (const [role, spec] of Object.entries(FRESH_STEPS) as [ActingRole, Place & { path: Path }][]) {
    fresh[role] = await buildCase(app, desks, `fresh-${role}`, spec);
  }
  return { shared, fresh, all: [...Object.values(shared), ...Object.values(fresh)] };
}
