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
];

/** The cap of the proposed total: the UI shows "1.000+" above it. */
export const COUNT_CAP = 1000;

export interface QueryChange {
  name: string;
  why: string;
  /** The changed statement, or undefined when the change does not apply to it. */
  rewrite: (sql: string) => string | undefined;
}

/** `FILTER (WHERE …)` conditions of a countCases statement, by balanced parentheses. */
function filterItems(selectList: string): { cond: string; alias: string }[] | undefined {
  const items: { cond: string; alias: string }[] = [];
  const re = /count\(\*\) FILTER \(WHERE /g;
  for (let m = re.exec(selectList); m; m = re.exec(selectList)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < selectList.length && depth > 0; i++)
      depth += selectList[i] === '(' ? 1 : selectList[i] === ')' ? -1 : 0;
    const cond = selectList.slice(m.index + m[0].length, i - 1);
    const alias = /^::int\s+AS\s+("?\w+"?)/.exec(selectList.slice(i));
    if (!alias) return undefined;
    items.push({ cond, alias: alias[1]! });
    re.lastIndex = i;
  }
  return items.length > 0 ? items : undefined;
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
    name: 'open-only my tasks',
    why:
      "the `mine` filter also says c.progress <> 'closed' (its states are all open; saying so lets the planner " +
      'use the open-cases index instead of the whole region)',
    rewrite: (sql) =>
      /c\.state = ANY\(/.test(sql) && !/^SELECT count\(\*\) FILTER/.test(sql.trim())
        ? sql.replace(' WHERE ', " WHERE c.progress <> 'closed' AND ")
        : undefined,
  },
  {
    name: 'capped open-only tab counts',
    why:
      `countCases counts open cases only (AND c.progress <> 'closed': every badge is about open cases) and each ` +
      `badge at most ${COUNT_CAP + 1} (one capped subquery per badge instead of FILTERs over one scan)`,
    rewrite: (sql) => {
      const m = /^SELECT ([\s\S]*?) FROM (cases c [\s\S]*)$/.exec(sql.trim());
      const items = m && /^count\(\*\) FILTER/.test(m[1]!) ? filterItems(m[1]!) : undefined;
      if (!m || !items) return undefined;
      const from = `${m[2]} AND c.progress <> 'closed'`;
      return `SELECT ${items
        .map(
          (it) =>
            `(SELECT count(*) FROM (SELECT 1 FROM ${from} AND (${it.cond}) LIMIT ${COUNT_CAP + 1}) x)::int AS ${it.alias}`,
        )
        .join(', ')}`;
    },
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
  /** The captured SQL again, on a session without JIT (PostgreSQL only: PGlite has no JIT). */
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
 * Replays every view's captured SQL on `replayPool` (a session with jit = off on PostgreSQL), then creates the
 * proposed indexes, replays it as is and with the query changes, and drops the indexes again (the kept dataset
 * stays as the migrations make it).
 */
export async function measureProposal(
  pool: pg.Pool,
  replayPool: pg.Pool,
  jitOff: boolean,
  views: InboxFigure[],
  opts: { iterations: number; warmup: number },
  log: (line: string) => void,
): Promise<ProposalFigure[]> {
  const captured = views.map((v) => v.lastStatements.map((s) => ({ text: s.text, values: s.values })));
  const noJit: (Replay | undefined)[] = [];
  for (const statements of captured)
    noJit.push(jitOff ? await replay(replayPool, statements, opts) : undefined);
  for (const ix of PROPOSED_INDEXES) {
    const t0 = performance.now();
    await pool.query(`DROP INDEX IF EXISTS ${ix.name}`);
    await pool.query(ix.ddl);
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
    for (const ix of PROPOSED_INDEXES) await pool.query(`DROP INDEX IF EXISTS ${ix.name}`);
  }
}
