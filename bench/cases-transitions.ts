// Case transitions one after another through transitionCase on the pool, as the case action route runs them (read
// and plan, then one statement: version-checked update, event and audit row); interleaved with the raw
// INSERT+COMMIT they are compared with, so both see the same load from whatever else runs on the machine.
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { withTransaction } from '../src/db/database';
import { namedStatementsLike } from '../src/db/named-statements';
import { transitionCase, type CaseActionId, type CaseState } from '../src/modules/cases';
import { VALID_INPUTS } from '../src/modules/cases/workflow-test-fixtures';
import { verifyAuditChain } from '../src/platform/audit';
import { BENCH_INSERT, BENCH_INSERT_TABLE } from './baselines';
import type { BenchActor } from './cases-actors';
import { percentile, type LoopResult } from './measure';

/**
 * The next step of each state in the loop. A received case is registered once; assessment ↔ plenary then
 * cycles (submit_to_plenary, return_to_assessment), so reruns on a kept dataset never run out of cases.
 */
export const NEXT_ACTION: Partial<Record<CaseState, CaseActionId>> = {
  received: 'register_case',
  registered: 'start_assessment',
  assessment: 'submit_to_plenary',
  plenary: 'return_to_assessment',
};

/** Rounds of (INSERT+COMMIT for a third, transitions for two thirds) of each round's time. */
const ROUNDS = 5;

interface Candidate {
  id: string;
  state: CaseState;
  version: number;
  /** A document of the case the actor may cite (submit_to_plenary needs one). */
  documentId: string;
}

export interface TransitionFigure {
  transition: LoopResult;
  insertCommit: LoopResult;
  rounds: number;
  candidates: number;
  /** Statements one transition sends, BEGIN and COMMIT included (INSERT+COMMIT: 3). */
  statements: number;
  /** Median time of each statement inside the transaction, and of the rest (BEGIN, COMMIT, JavaScript). */
  breakdown: { label: string; p50: number }[];
  byAction: Partial<Record<CaseActionId, number>>;
  firstError: string | undefined;
  audit: { ok: boolean; rows: number };
}

/**
 * Open cases in Jawa Tengah in a state of the loop, in random order, each with a document uploaded by `who`
 * (metadata only: the transition checks that a cited document belongs to the case, it never reads the bytes).
 */
async function candidates(pool: pg.Pool, who: BenchActor, limit: number): Promise<Candidate[]> {
  const { rows } = await pool.query<Omit<Candidate, 'documentId'>>(
    `SELECT id, state, version FROM cases
      WHERE (region_code = '33' OR region_code LIKE '33.%') AND state = ANY($1::text[])
      ORDER BY random() LIMIT $2`,
    [Object.keys(NEXT_ACTION), limit],
  );
  const ids = rows.map((r) => r.id);
  await pool.query(
    `INSERT INTO case_documents (case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by,
       uploaded_by_role, uploaded_at)
     SELECT c.id, 'minutes', 'berita-acara-kajian.pdf', 'application/pdf', 184320,
            md5(c.id::text) || md5(c.id::text || 'pdf'), $2, $3, now()
       FROM unnest($1::uuid[]) AS c(id)
      WHERE NOT EXISTS (SELECT 1 FROM case_documents d WHERE d.case_id = c.id AND d.uploaded_by = $2)`,
    [ids, who.actor.id, who.actor.role],
  );
  const docs = await pool.query<{ case_id: string; id: string }>(
    `SELECT DISTINCT ON (case_id) case_id, id FROM case_documents
      WHERE case_id = ANY($1::uuid[]) AND uploaded_by = $2 ORDER BY case_id, uploaded_at`,
    [ids, who.actor.id],
  );
  const docOf = new Map(docs.rows.map((d) => [d.case_id, d.id]));
  return rows.map((r) => ({ ...r, documentId: docOf.get(r.id)! }));
}

/** The fixture input of `action`, citing the case's own document where the input has documents. */
function inputFor(action: CaseActionId, documentId: string): Record<string, unknown> {
  const input = VALID_INPUTS[action];
  return 'documentIds' in input ? { ...input, documentIds: [documentId] } : input;
}

/** Sequential operations with their latencies, accumulated over several time slices. */
class Tally {
  private readonly latencies: number[] = [];
  private seconds = 0;
  errors = 0;

  async run(durationMs: number, op: () => Promise<void>): Promise<void> {
    const t0 = performance.now();
    while (performance.now() - t0 < durationMs) {
      const s = performance.now();
      try {
        await op();
        this.latencies.push(performance.now() - s);
      } catch {
        this.errors++;
      }
    }
    this.seconds += (performance.now() - t0) / 1000;
  }

  result(): LoopResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      ops: sorted.length,
      errors: this.errors,
      seconds: this.seconds,
      rate: sorted.length / this.seconds,
      latencyMs: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? Number.NaN,
      },
    };
  }
}

/** A pool that times each statement sent through it (in order) into `into`; named statements stay named. */
function timed(pool: pg.Pool, into: { text: string; ms: number }[]): pg.Pool {
  const proxy = new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
      return async (query: string | pg.QueryConfig, values?: unknown[]) => {
        const t0 = performance.now();
        const result: unknown = await target.query(query, values);
        into.push({ text: typeof query === 'string' ? query : query.text, ms: performance.now() - t0 });
        return result;
      };
    },
  });
  namedStatementsLike(proxy, pool);
  return proxy;
}

/**
 * First words of a statement: "UPDATE cases", "INSERT INTO case_events", "SELECT … FROM case_intakes"; a statement
 * with data-modifying CTEs is named by every write in it: "UPDATE cases + INSERT INTO case_events".
 */
function statementLabel(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.startsWith('WITH ')) {
    const writes = [...t.matchAll(/(UPDATE \w+|INSERT INTO \w+|DELETE FROM \w+)/g)].map((m) => m[1]);
    if (writes.length > 0) return writes.join(' + ');
  }
  const verb = /^(UPDATE \w+|INSERT INTO \w+|DELETE FROM \w+)/.exec(t);
  if (verb) return verb[1]!;
  const from = / FROM (\w+)/.exec(t);
  return `SELECT … ${from?.[1] ?? ''}${/FOR UPDATE/.test(t) ? ' FOR UPDATE' : ''}`;
}

/** Median per statement position, over transitions that sent the same statements. */
function breakdownOf(
  samples: { text: string; ms: number }[][],
  totals: number[],
): { label: string; p50: number }[] {
  const shape = (s: { text: string }[]) => s.map((x) => statementLabel(x.text)).join('|');
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(shape(s), (counts.get(shape(s)) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const same = samples.map((s, i) => ({ s, total: totals[i]! })).filter((x) => shape(x.s) === common);
  if (same.length === 0) return [];
  const median = (v: number[]) =>
    percentile(
      [...v].sort((a, b) => a - b),
      50,
    );
  const rows = same[0]!.s.map((st, k) => ({
    label: statementLabel(st.text),
    p50: median(same.map((x) => x.s[k]!.ms)),
  }));
  const rest = median(same.map((x) => x.total - x.s.reduce((a, b) => a + b.ms, 0)));
  return [...rows, { label: 'JavaScript and pool hand-over', p50: rest }];
}

export async function measureTransitions(
  pool: pg.Pool,
  who: BenchActor,
  opts: { durationMs: number },
): Promise<TransitionFigure> {
  await pool.query(BENCH_INSERT_TABLE);
  const list = await candidates(pool, who, 20_000);
  if (list.length === 0) throw new Error('no open case in region 33 in a state of the transition loop');
  const byAction: Partial<Record<CaseActionId, number>> = {};
  let cursor = 0;
  let firstError: string | undefined;
  const traces: { text: string; ms: number }[][] = [];
  const traceTotals: number[] = [];
  const transition = async (tally: Tally | undefined): Promise<void> => {
    const c = list[cursor++ % list.length]!;
    const action = NEXT_ACTION[c.state]!;
    const trace: { text: string; ms: number }[] = [];
    const t0 = performance.now();
    try {
      const out = await transitionCase(timed(pool, trace), {
        actor: who.actor,
        caseId: c.id,
        action,
        input: inputFor(action, c.documentId),
        expectedVersion: c.version,
        now: new Date(),
      });
      c.state = out.to;
      c.version = out.version;
      if (tally) {
        byAction[action] = (byAction[action] ?? 0) + 1;
        traces.push(trace);
        traceTotals.push(performance.now() - t0);
      }
    } catch (err) {
      firstError ??= `${action} on ${c.id}: ${(err as Error).message}`;
      throw err;
    }
  };
  let loop = 0;
  const insert = async (): Promise<void> => {
    await withTransaction(pool, (tx) => tx.query(BENCH_INSERT, [loop++, 'netra baseline row']));
  };
  const warmup = new Tally();
  await warmup.run(1000, () => transition(undefined));
  await warmup.run(500, insert);
  const transitions = new Tally();
  const inserts = new Tally();
  const slice = opts.durationMs / ROUNDS / 3;
  for (let r = 0; r < ROUNDS; r++) {
    await inserts.run(slice, insert);
    await transitions.run(2 * slice, () => transition(transitions));
  }
  const audit = await verifyAuditChain(pool);
  const breakdown = breakdownOf(traces, traceTotals);
  return {
    transition: transitions.result(),
    insertCommit: inserts.result(),
    rounds: ROUNDS,
    candidates: list.length,
    // The most common shape of transition (no BEGIN/COMMIT: its write is one statement).
    statements: breakdown.length - 1,
    breakdown,
    byAction,
    firstError,
    audit: { ok: audit.ok, rows: audit.rows },
  };
}
