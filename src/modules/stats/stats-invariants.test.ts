// Issue 5 §1 acceptance: after thousands of random transitions the aggregates equal a recount from the events,
// the funnel identities hold, and `stats verify` notices an injected inconsistency. Both backends.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_ACTIONS, type CaseActionId } from '../cases';
import { CASE_STATE_INFO, type CaseState } from '../cases/states';
import { isActionFrom } from '../cases/workflow';
import { CASE_TEST_NOW } from '../../../test/support/case-factory';
import {
  CaseDriver,
  createDesks,
  DESK_SCOPES,
  type Desk,
  type Desks,
} from '../../../test/support/case-driver';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { verifyStats } from './actions/verify-stats';
import { rebuildStats } from './actions/rebuild-stats';
import { brokenInvariants, funnelOf } from './funnel';
import { countByState } from './queries/stats-queries';

let t: TestApp;
let desks: Desks;
beforeAll(async () => {
  t = await createTestApp({ now: () => CASE_TEST_NOW });
  desks = await createDesks(t.app);
});
afterAll(async () => {
  await t?.destroy();
});

const ACTIONS = Object.keys(CASE_ACTIONS) as CaseActionId[];
const DESKS = Object.keys(DESK_SCOPES) as Desk[];
const JABATAN = ['jpt', 'administrator', 'pengawas', 'fungsional', 'pelaksana'] as const;
const ASN = ['pns', 'pppk'] as const;

const subjectArb = fc.record({
  jabatanClass: fc.constantFrom(...JABATAN),
  asnType: fc.constantFrom(...ASN),
  own: fc.boolean(),
});
const caseArb = fc.record({
  subjects: fc.array(subjectArb, { minLength: 1, maxLength: 3 }),
  form: fc.constantFrom('pp94-5n-1', 'skb2022-b2', 'bawaslu-foto-simbol'),
});
/** A step: which case, which action among those leaving its state, tried by each desk until one may. */
const stepArb = fc.record({ caseIndex: fc.nat(), actionIndex: fc.nat() });

type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

async function createCase(spec: CaseSpec): Promise<CaseDriver> {
  const subjects = spec.subjects.map((s, i) => ({
    name: `Terlapor ${i + 1}`,
    ...(s.own ? { agencyCode: 'pemda-33.03' } : {}),
    jabatan: 'Staf',
    jabatanClass: s.jabatanClass,
    asnType: s.asnType,
  }));
  return CaseDriver.create(t.db.pool, desks, { subjects, violationFormCodes: [spec.form] });
}

/** Tries the action with every desk; a refusal (guard, role, scope) is part of the random walk. */
async function tryStep(c: CaseDriver, state: CaseState, actionIndex: number): Promise<CaseState> {
  const leaving = ACTIONS.filter((a) => isActionFrom(a, state));
  if (leaving.length === 0) return state;
  const action = leaving[actionIndex % leaving.length]!;
  for (const desk of DESKS) {
    try {
      return (await c.step(desk, action, CASE_TEST_NOW)).to;
    } catch {
      /* refused for this desk: try the next */
    }
  }
  return state;
}

/** Changes one aggregate behind the triggers' back: always the same row (the first by key), so it can be undone. */
async function bumpFirstRow(delta: number): Promise<void> {
  await t.db.pool.query(
    `UPDATE case_stats SET subjects = subjects + $1 WHERE ctid = (SELECT ctid FROM case_stats WHERE subjects > 0
       ORDER BY election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type, phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code LIMIT 1)`,
    [delta],
  );
}

describe('statistics after random workflows', () => {
  it('aggregates equal the recount from events and the funnel identities hold', async () => {
    let transitions = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { minLength: 4, maxLength: 8 }),
        fc.array(stepArb, { minLength: 150, maxLength: 200 }),
        async (specs, steps) => {
          const cases = await Promise.all(specs.map(createCase));
          const states: CaseState[] = cases.map(() => 'received');
          for (const s of steps) {
            const i = s.caseIndex % cases.length;
            const next = await tryStep(cases[i]!, states[i]!, s.actionIndex);
            if (next !== states[i]) transitions++;
            states[i] = next;
          }
          const v = await verifyStats(t.db.pool);
          expect(v.differences).toEqual([]);
          expect(v.offHistory).toEqual([]);
          expect(v.ok).toBe(true);
          const { counts } = await countByState(t.db.pool, {}, null);
          expect(brokenInvariants(funnelOf(counts))).toEqual([]);
          // The aggregates count every subject of every case exactly once, in its case's current state.
          const direct = await t.db.pool.query<{ state: string; n: number }>(
            `SELECT CASE WHEN c.state = 'subject_inactive' AND c.recommendation IS NULL
                     THEN 'subject_inactive_unrecommended' ELSE c.state END AS state, count(*)::int AS n
               FROM cases c JOIN case_subjects s ON s.case_id = c.id GROUP BY 1`,
          );
          expect(new Map(counts.map((c) => [c.state, c.n]))).toEqual(
            new Map(direct.rows.map((r) => [r.state, r.n])),
          );
        },
      ),
      // No shrinking: the database keeps every run's cases, so a replay would not be the same run.
      { numRuns: 16, endOnFailure: true },
    );
    // The walk must actually move cases through the workflow, far beyond the intake (about 1,300 transitions seen).
    console.log(`random walk: ${transitions} transitions`);
    expect(transitions).toBeGreaterThan(1000);
    const reached = await t.db.pool.query<{ state: string }>('SELECT DISTINCT state FROM cases');
    expect(reached.rows.length).toBeGreaterThan(6);
    expect(Object.keys(CASE_STATE_INFO)).toEqual(expect.arrayContaining(reached.rows.map((r) => r.state)));
  }, 300_000);

  it('`stats verify` reports a count changed behind the triggers’ back', async () => {
    await createCase({
      subjects: [{ jabatanClass: 'fungsional', asnType: 'pns', own: true }],
      form: 'pp94-5n-1',
    });
    expect((await verifyStats(t.db.pool)).ok).toBe(true);
    await bumpFirstRow(1);
    const v = await verifyStats(t.db.pool);
    expect(v.ok).toBe(false);
    expect(v.differences).toHaveLength(1);
    expect(v.differences[0]!.stored).toBe(v.differences[0]!.recounted + 1);
    await bumpFirstRow(-1);
  });

  it('`stats rebuild` recounts what the triggers keep, and repairs drift', async () => {
    const snapshot = async () =>
      (
        await t.db.pool.query<{ k: string }>(
          `SELECT string_agg(row_to_json(x)::text, '|' ORDER BY row_to_json(x)::text) AS k FROM
             (SELECT election_id, region_code, agency_code, form_code, jabatan_class, regional_head_staff, asn_type,
                     phase_code, campaign_relation, state, outcome, reported_on, is_demo, sanction_code, subjects
                FROM case_stats WHERE subjects <> 0) x`,
        )
      ).rows[0]?.k;
    const followUps = async () =>
      (
        await t.db.pool.query<{
          k: string;
        }>(`SELECT string_agg(case_id || state || coalesce(followed_up_on::text, '')
        || coalesce(blocked_on::text, ''), ',' ORDER BY case_id) AS k FROM ppk_follow_ups`)
      ).rows[0]?.k;
    const before = { stats: await snapshot(), followUps: await followUps() };
    await bumpFirstRow(5);
    expect((await verifyStats(t.db.pool)).ok).toBe(false);
    const r = await rebuildStats(t.db.pool);
    expect(r.statsRows).toBeGreaterThan(0);
    expect((await verifyStats(t.db.pool)).ok).toBe(true);
    expect({ stats: await snapshot(), followUps: await followUps() }).toEqual(before);
  });
});
