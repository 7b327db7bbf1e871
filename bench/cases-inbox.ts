// The inbox as staff see it: findCases (the count and the 50-row page, through visibleTo) and countCases (the
// tab badges), timed per call and per SQL statement, against SELECT 1 on the same pool in the same run.
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { z } from 'zod';
import type { Queryable } from '../src/db/database';
import { ZCaseInboxQuery, countCases, findCases } from '../src/modules/cases';
import type { StaffActor } from '../src/modules/identity';
import type { ActorKey, BenchActor } from './cases-actors';
import { percentile } from './measure';

/** A view slower than this per call is measured fewer times (at least MIN_ITERATIONS): 1 s calls × 100 is long. */
export const MAX_MS_PER_VIEW = 20_000;
const MIN_ITERATIONS = 5;

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

interface Statement {
  text: string;
  values: unknown[];
  ms: number;
}

export interface InboxFigure {
  actor: string;
  query: string;
  iterations: number;
  total: Latency;
  /** Per SQL statement of one call, in order (findCases: the count, then the page). */
  statements: { label: string; latency: Latency }[];
  /** What the call answered: `total` of findCases, or the open count of countCases. */
  matched: number;
  rows: number;
  /** The statements of the last call, for EXPLAIN. */
  lastStatements: Statement[];
}

export interface InboxCall {
  query: string;
  run: (db: Queryable, actor: StaffActor, now: Date) => Promise<{ matched: number; rows: number }>;
}

const page = (label: string, input: z.input<typeof ZCaseInboxQuery>): InboxCall => {
  const query = ZCaseInboxQuery.parse({ sort: 'due_on', pageSize: 50, ...input });
  return {
    query: label,
    run: async (db, actor, now) => {
      const r = await findCases(db, actor, query, now);
      return { matched: r.total, rows: r.items.length };
    },
  };
};

/** The inbox views measured for every actor: 50-row pages sorted by due date, and the tab counts. */
export const INBOX_CALLS: InboxCall[] = [
  page('pemilu-2024, by due date', { electionId: 'pemilu-2024' }),
  page('overdue, by due date', { overdue: 'true' }),
  page('my tasks, by due date', { mine: 'true' }),
  {
    query: 'tab counts (countCases)',
    run: async (db, actor, now) => ({ matched: (await countCases(db, actor, now)).open, rows: 1 }),
  },
];

export const INBOX_ACTORS: ActorKey[] = ['bawaslu-prov-33', 'bkn-kanreg-1', 'ppk-33-03', 'bkn-pusat'];

function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** A Queryable on `pool` that records each statement's text, parameters and time. */
function recording(pool: pg.Pool, into: Statement[]): Queryable {
  const query = async (text: string, values?: unknown[]) => {
    const t0 = performance.now();
    const result = await pool.query(text, values);
    into.push({ text, values: [...(values ?? [])], ms: performance.now() - t0 });
    return result;
  };
  return { query } as unknown as Queryable;
}

function statementLabel(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^SELECT count\(\*\)::int AS n FROM/.test(t)) return 'count';
  if (/ LIMIT \$\d+ OFFSET \$\d+$/.test(t)) return 'page';
  return t.slice(0, 24);
}

/** `SELECT 1` through the same pool (a checkout per query, like findCases on the pool): the round-trip floor. */
export async function select1Latency(pool: pg.Pool, iterations: number): Promise<Latency> {
  for (let i = 0; i < Math.min(50, iterations); i++) await pool.query('SELECT 1');
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await pool.query('SELECT 1');
    samples.push(performance.now() - t0);
  }
  return latencyOf(samples);
}

export async function measureInboxCall(
  pool: pg.Pool,
  who: BenchActor,
  call: InboxCall,
  opts: { iterations: number; warmup: number },
): Promise<InboxFigure> {
  const totals: number[] = [];
  const perStatement: number[][] = [];
  let last: Statement[] = [];
  let answer = { matched: 0, rows: 0 };
  const deadline = performance.now() + MAX_MS_PER_VIEW;
  for (let i = 0; i < opts.warmup + opts.iterations; i++) {
    if (i >= opts.warmup + MIN_ITERATIONS && performance.now() > deadline) break;
    const statements: Statement[] = [];
    const now = new Date();
    const t0 = performance.now();
    answer = await call.run(recording(pool, statements), who.actor, now);
    const ms = performance.now() - t0;
    if (i < opts.warmup) continue;
    totals.push(ms);
    statements.forEach((s, k) => (perStatement[k] ??= []).push(s.ms));
    last = statements;
  }
  return {
    actor: who.label,
    query: call.query,
    iterations: totals.length,
    total: latencyOf(totals),
    statements: perStatement.map((samples, k) => ({
      label: statementLabel(last[k]?.text ?? ''),
      latency: latencyOf(samples),
    })),
    matched: answer.matched,
    rows: answer.rows,
    lastStatements: last,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement of the last call, indented. */
export async function explainStatements(pool: pg.Pool, statements: Statement[]): Promise<string[]> {
  const lines: string[] = [];
  for (const s of statements) {
    lines.push(`-- ${statementLabel(s.text)}: ${s.text.replace(/\s+/g, ' ').trim()}`);
    lines.push(`-- parameters: ${JSON.stringify(s.values)}`);
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`,
      s.values,
    );
    lines.push(...rows.map((r) => r['QUERY PLAN']));
  }
  return lines;
}
