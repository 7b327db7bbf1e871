// What would bring the inbox within its target (issue 4: p95 ≤ 30 ms on PostgreSQL at 1 M cases): candidate
// indexes, created in the bench database only for the measurement and dropped after, and query shapes applied to
// the SQL that findCases / countCases sent. The winners go into a migration and the cases queries; the bench
// itself never changes src/ or migrations/.
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { MAX_MS_PER_VIEW, type InboxFigure, type Latency } from './cases-inbox';
import { percentile } from './measure';

export interface IndexProposal {
  name: string;
  ddl: string;
  why: string;
  /** For a proposed DROP: the migration's DDL that puts the index back after the measurement. */
  restore?: string;
}

export const PROPOSED_INDEXES: IndexProposal[] = [
  {
    name: 'cases_due_order_idx',
    ddl: 'CREATE INDEX cases_due_order_idx ON cases (due_on, created_at, id)',
    why: 'the inbox sort (due_on ASC NULLS LAST, created_at, id): the page reads rows in order and stops at 50',
  },
  {
    name: 'cases_open_idx',
    ddl:
      `CREATE INDEX cases_open_idx ON cases (region_code text_pattern_ops) ` +
      `INCLUDE (election_id, agency_code, state, progress, due_on, ppk_conflicted, deadline_stage, recommended_at) ` +
      `WHERE progress <> 'closed'`,
    why: 'the tab counts over open cases only, answered from the index (index-only scan) by region prefix or in full',
  },
  {
    name: 'cases_election_idx',
    ddl: 'DROP INDEX cases_election_idx',
    restore: 'CREATE INDEX cases_election_idx ON cases (election_id)',
    why:
      '4 elections, 20-40 % of the cases each: never selective, and it lured the planner into a BitmapAnd with ' +
      "a 400 k-entry bitmap for the PPK's 365 cases (43 ms instead of 7)",
  },
];

async function applyIndex(pool: pg.Pool, ix: IndexProposal): Promise<void> {
  if (!ix.restore) await pool.query(`DROP INDEX IF EXISTS ${ix.name}`);
  await pool.query(ix.ddl);
}

async function undoIndex(pool: pg.Pool, ix: IndexProposal): Promise<void> {
  if (ix.restore) await pool.query(`${ix.restore.replace('CREATE INDEX', 'CREATE INDEX IF NOT EXISTS')}`);
  else await pool.query(`DROP INDEX IF EXISTS ${ix.name}`);
}

/**
 * Session settings for the replays on PostgreSQL. JIT: PostgreSQL 15 compiles any plan above jit_above_cost,
 * 100-400 ms here, for scans that take 10-30 ms. Parallel workers: on 2 cores a Gather over a 65 k-entry
 * index-only scan took 75-87 ms against 20 ms without (EXPLAIN ANALYZE, bench/README.md).
 */
export const PROPOSED_SESSION = '-c jit=off -c max_parallel_workers_per_gather=0';

/** The cap of the proposed total: the UI shows "1.000+" above it. */
export const COUNT_CAP = 1000;

export interface QueryChange {
  name: string;
  why: string;
  /** The changed statement, or undefined when the change does not apply to it. */
  rewrite: (sql: string) => string | undefined;
}

export const QUERY_CHANGES: QueryChange[] = [
  {
    name: 'capped total',
    why: `findVisibleCases counts at most ${COUNT_CAP + 1} rows (the UI shows "${COUNT_CAP}+" above ${COUNT_CAP})`,
    rewrite: (sql) => {
      const m = /^SELECT count\(\*\)::int AS n FROM ([\s\S]*)$/.exec(sql.trim());
      return m
        ? `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${m[1]} LIMIT ${COUNT_CAP + 1}) capped`
        : undefined;
    },
  },
  {
    name: 'open-only count of my tasks',
    why:
      "with mine=true, the count (not the page) also says c.progress <> 'closed' (implied by the task states): the " +
      'open-cases index then answers it instead of a BitmapAnd over the whole region (the page keeps its plan: ' +
      'with the predicate it lost the due-date order for national scopes)',
    rewrite: (sql) =>
      /^SELECT count\(\*\)::int AS n FROM/.test(sql.trim()) && /c\.state = ANY\(/.test(sql)
        ? sql.replace(' WHERE ', " WHERE c.progress <> 'closed' AND ")
        : undefined,
  },
  {
    name: 'open-only tab counts',
    why:
      "countCases adds AND c.progress <> 'closed' to its WHERE (every badge counts open cases), so the open-cases " +
      'index answers it',
    rewrite: (sql) =>
      /^SELECT count\(\*\) FILTER/.test(sql.trim()) ? `${sql.trim()} AND c.progress <> 'closed'` : undefined,
  },
];

interface Replay {
  total: Latency;
  statements: { latency: Latency }[];
  /** Each statement's first column of its first row, to show the answers agree (or are capped). */
  answers: unknown[];
}

function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** Runs the statements of one inbox call (as captured, or rewritten) back to back, like findCases does. */
async function replay(
  pool: pg.Pool,
  statements: { text: string; values: unknown[] }[],
  opts: { iterations: number; warmup: number },
): Promise<Replay> {
  const totals: number[] = [];
  const per: number[][] = statements.map(() => []);
  let answers: unknown[] = [];
  const deadline = performance.now() + MAX_MS_PER_VIEW;
  for (let i = 0; i < opts.warmup + opts.iterations; i++) {
    if (i >= opts.warmup + 5 && performance.now() > deadline) break;
    const t0 = performance.now();
    const got: unknown[] = [];
    for (const [k, s] of statements.entries()) {
      const s0 = performance.now();
      const r = await pool.query(s.text, s.values);
      if (i >= opts.warmup) per[k]!.push(performance.now() - s0);
      const first = r.rows[0] as Record<string, unknown> | undefined;
      got.push(r.rows.length > 1 ? `${r.rows.length} rows` : first && Object.values(first)[0]);
    }
    if (i >= opts.warmup) totals.push(performance.now() - t0);
    answers = got;
  }
  return { total: latencyOf(totals), statements: per.map((s) => ({ latency: latencyOf(s) })), answers };
}

export interface ProposalFigure {
  view: InboxFigure;
  /** The captured SQL again, on a PROPOSED_SESSION session (PostgreSQL only: PGlite has neither). */
  noJit: Replay | undefined;
  /** … and with the proposed indexes. */
  indexes: Replay;
  /** … and with the query changes. */
  proposed: Replay;
  changes: string[];
}

function rewritten(sql: string): { text: string; changes: string[] } {
  let text = sql;
  const changes: string[] = [];
  for (const c of QUERY_CHANGES) {
    const next = c.rewrite(text);
    if (next !== undefined) {
      text = next;
      changes.push(c.name);
    }
  }
  return { text, changes };
}

/**
 * Replays every view's captured SQL on `replayPool` (a PROPOSED_SESSION session on PostgreSQL), then applies the
 * proposed index changes, replays it as is and with the query changes, and undoes the index changes (the kept
 * dataset stays as the migrations make it).
 */
export async function measureProposal(
  pool: pg.Pool,
  replayPool: pg.Pool,
  sessionChanged: boolean,
  views: InboxFigure[],
  opts: { iterations: number; warmup: number },
  log: (line: string) => void,
): Promise<ProposalFigure[]> {
  const captured = views.map((v) => v.lastStatements.map((s) => ({ text: s.text, values: s.values })));
  const noJit: (Replay | undefined)[] = [];
  for (const statements of captured)
    noJit.push(sessionChanged ? await replay(replayPool, statements, opts) : undefined);
  for (const ix of PROPOSED_INDEXES) {
    const t0 = performance.now();
    await applyIndex(pool, ix);
    log(`${ix.ddl} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  await pool.query('VACUUM (ANALYZE) cases');
  try {
    const out: ProposalFigure[] = [];
    for (const [k, view] of views.entries()) {
      const changed = captured[k]!.map((s) => ({ ...s, ...rewritten(s.text) }));
      out.push({
        view,
        noJit: noJit[k],
        indexes: await replay(replayPool, captured[k]!, opts),
        proposed: await replay(replayPool, changed, opts),
        changes: [...new Set(changed.flatMap((s) => s.changes))],
      });
    }
    return out;
  } finally {
    for (const ix of PROPOSED_INDEXES) await undoIndex(pool, ix);
  }
}
