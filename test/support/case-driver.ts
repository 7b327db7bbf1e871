// Drives cases through the workflow on the database (transitionCase, no HTTP) with one actor per desk.
import { withTransaction, type Queryable } from '../../src/db/database';
import type { Pool } from 'pg';
import type { FastifyInstance } from 'fastify';
import type { RoleScope, StaffActor } from '../../src/modules/identity';
import {
  createIntake,
  transitionCase,
  ZCreateIntakeInput,
  type TransitionOutcome,
} from '../../src/modules/cases';
import type { CaseActionId } from '../../src/modules/cases';
import { VALID_INPUTS } from '../../src/modules/cases/workflow-test-fixtures';
import { CASE_TEST_NOW, findingBody } from './case-factory';
import { recordDocument, withDocument } from './case-documents';
import { createTestUser } from './staff-session';

/** The desks a Purbalingga (33.03) case passes: Bawaslu kab, BKN kanreg I and pusat, the PPK, Kemendagri. */
export const DESK_SCOPES = {
  staf: { role: 'bawaslu_staf', scope: { bawasluLevel: 'kabkota', regionCode: '33.03' } },
  pimpinan: { role: 'bawaslu_pimpinan', scope: { bawasluLevel: 'kabkota', regionCode: '33.03' } },
  analis: { role: 'bkn_analis', scope: { bknOffice: 'kanreg-1' } },
  pejabat: { role: 'bkn_pejabat', scope: { bknOffice: 'pusat' } },
  ppk: { role: 'ppk_staf', scope: { agencyCode: 'pemda-33.03' } },
  kemendagri: { role: 'supervisor_kemendagri', scope: { regionCode: null } },
} as const satisfies Record<string, RoleScope>;
export type Desk = keyof typeof DESK_SCOPES;
export type Desks = Record<Desk, StaffActor>;

/** One staff user per desk, created through the app. */
export async function createDesks(app: FastifyInstance): Promise<Desks> {
  const desks = {} as Desks;
  for (const [key, rs] of Object.entries(DESK_SCOPES) as [Desk, RoleScope][]) {
    const u = await createTestUser(app, rs.role, rs.scope);
    desks[key] = { ...rs, id: u.id, email: u.email, name: key, isDemo: false, locale: null };
  }
  return desks;
}

/** The path from a new temuan to the PPK's desk (BKN recommends: proven). */
export const PATH_TO_AWAITING_PPK: [Desk, CaseActionId][] = [
  ['staf', 'register_case'],
  ['staf', 'start_assessment'],
  ['staf', 'submit_to_plenary'],
  ['pimpinan', 'forward_to_bkn'],
  ['analis', 'start_verification'],
  ['analis', 'submit_recommendation_draft'],
  ['pejabat', 'recommend_proven'],
];

export class CaseDriver {
  version = 1;
  constructor(
    readonly pool: Pool,
    readonly desks: Desks,
    readonly id: string,
  ) {}

  /** A new temuan (findingBody with `over`) recorded by the Bawaslu staff desk. */
  static async create(
    pool: Pool,
    desks: Desks,
    over: Record<string, unknown> = {},
    now: Date = CASE_TEST_NOW,
  ): Promise<CaseDriver> {
    const { id } = await withTransaction(pool, (tx: Queryable) =>
      createIntake(tx, { actor: desks.staf, input: ZCreateIntakeInput.parse(findingBody(over)), now }),
    );
    return new CaseDriver(pool, desks, id);
  }

  async step(
    desk: Desk,
    action: CaseActionId,
    now: Date = CASE_TEST_NOW,
    input: unknown = VALID_INPUTS[action],
  ): Promise<TransitionOutcome> {
    const actor = this.desks[desk];
    const withDoc = await withDocument(input, () => recordDocument(this.pool, this.id, actor));
    const out = await withTransaction(this.pool, (tx) =>
      transitionCase(tx, {
        actor,
        caseId: this.id,
        action,
        input: withDoc,
        expectedVersion: this.version,
        now,
      }),
    );
    this.version = out.version;
    return out;
  }

  /** Takes the steps in order (each at `now`). */
  async walk(path: [Desk, CaseActionId][], now: Date = CASE_TEST_NOW): Promise<this> {
    for (const [desk, action] of path) await this.step(desk, action, now);
    return this;
  }
}
