// `npm run bench -- cases`: the inbox and the case transition on 1 M cases / 10 M events (issue 4), on
// PostgreSQL and on PGlite, against SELECT 1 and INSERT+COMMIT measured in the same run on the same backend.
import type { BenchDatabase } from './bench-databases';
import { measureDatabaseBaselines, printBaselines, type DatabaseBaselines } from './baselines';
import { benchActors } from './cases-actors';
import { openCasesDataset, type Backend, type CasesDataset } from './cases-dataset';
import {
  INBOX_ACTORS,
  INBOX_CALLS,
  MAX_MS_PER_VIEW,
  explainStatements,
  measureInboxCall,
  select1Latency,
  type InboxFigure,
  type Latency,
} from './cases-inbox';
import { NEXT_ACTION, measureTransitions, type TransitionFigure } from './cases-transitions';
import { formatRate, heading, printRows } from './report';
import { backendsOption, numberOption } from './bench-options';
import type { BenchOptions } from './run';

/** Issue 4's targets. */
const INBOX_P95_TARGET_MS = 30;
const TRANSITION_RATIO_TARGET = 0.3;
const POSTGRES_POOL = 8;

interface CasesOptions {
  scale: number;
  backends: Backend[];
  iterations: number;
  warmup: number;
  transitionMs: number;
  explain: boolean;
}

function optionsOf(o: BenchOptions): CasesOptions {
  return {
    scale: numberOption(o, 'scale', 1),
    backends: backendsOption(o),
    iterations: Math.round(numberOption(o, 'iterations', 50)),
    warmup: Math.round(numberOption(o, 'warmup', 10)),
    transitionMs: numberOption(o, 'seconds', 15) * 1000,
    explain: o.explain === 'true',
  };
}

const ms = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`);
const times = (v: number) => `×${v < 10 ? v.toFixed(1) : v.toFixed(0)}`;

async function datasetFacts(d: CasesDataset): Promise<string[]> {
  const { rows } = await d.db.pool.query<{
    cases: number;
    open: number;
    jateng: number;
    events: number;
    size: string;
  }>(
    `SELECT (SELECT count(*) FROM cases)::int AS cases,
            (SELECT count(*) FROM cases WHERE progress <> 'closed')::int AS open,
            (SELECT count(*) FROM cases WHERE region_code LIKE '33.%')::int AS jateng,
            (SELECT count(*) FROM case_events)::bigint AS events,
            pg_size_pretty(pg_total_relation_size('cases') + pg_total_relation_size('case_events')
              + pg_total_relation_size('case_intakes') + pg_total_relation_size('case_subjects')) AS size`,
  );
  const f = rows[0]!;
  const n = (v: number) => v.toLocaleString('en-US');
  return [
    `backend: ${d.describe}`,
    `rows now: ${n(f.cases)} cases (${n(f.open)} open, ${n(f.jateng)} in Jawa Tengah 33), ${n(f.events)} case_events, ` +
      `1 intake and 1 subject per case; ${f.size} with indexes`,
    `generated ${d.generatedThisRun ? 'in this run' : `on ${d.generatedAt.toISOString()} (kept)`}: ` +
      `${n(d.cases)} cases + ${n(d.events)} events in ${d.generationSeconds.toFixed(0)} s ` +
      '(transitions of earlier runs have added events since)',
  ];
}

function printInbox(backend: Backend, select1: Latency, figures: InboxFigure[], o: CasesOptions): void {
  heading(`Cases inbox: ${backend}`, [
    `${o.iterations} calls per row after ${o.warmup} warm-up calls, one at a time (fewer, at least 5, when a row ` +
      `would take over ${MAX_MS_PER_VIEW / 1000} s: n = calls measured); pages of 50 sorted by due date`,
    `SELECT 1 through the same pool: p50 ${ms(select1.p50)}, p95 ${ms(select1.p95)}; ` +
      '"×" = the call\'s p50 and p95 divided by that SELECT 1 p50',
    'matched = total of findCases (for the tab counts: the open count); statements: p50 / p95 of each SQL statement',
  ]);
  let actor = '';
  for (const f of figures) {
    if (f.actor !== actor) process.stdout.write(`   ${(actor = f.actor)}\n`);
    const statements = f.statements
      .map((s) => `${s.label} ${ms(s.latency.p50)} / ${ms(s.latency.p95)}`)
      .join(', ');
    process.stdout.write(
      `     ${f.query.padEnd(26)} p50 ${ms(f.total.p50).padStart(9)}  p95 ${ms(f.total.p95).padStart(9)}  ` +
        `p99 ${ms(f.total.p99).padStart(9)}  ${times(f.total.p50 / select1.p50).padStart(5)} / ` +
        `${times(f.total.p95 / select1.p50).padEnd(5)}  n ${String(f.iterations).padStart(3)}  ` +
        `matched ${f.matched.toLocaleString('en-US').padStart(9)}  ` +
        `[${statements}]\n`,
    );
  }
}

function printTransitions(backend: Backend, t: TransitionFigure, actor: string, o: CasesOptions): void {
  const steps = Object.entries(NEXT_ACTION).map(([from, action]) => `${from} → ${action}`);
  heading(`Cases transition: ${backend}`, [
    `transitionCase on the pool, one after another (1 client), as ${actor}; ` +
      `${t.statements} statements per transition (on the pool, as the route runs it), INSERT+COMMIT 3 (BEGIN, INSERT, COMMIT)`,
    `interleaved: ${t.rounds} rounds of INSERT+COMMIT (same withTransaction, table bench_insert) for 1/3 and ` +
      `transitions for 2/3 of ${o.transitionMs / 1000 / t.rounds} s, so both see the same machine load`,
    `cases: ${t.candidates.toLocaleString('en-US')} open cases in region 33 (random order); next step by state: ${steps.join(', ')}`,
    `median per statement: ${t.breakdown.map((b) => `${b.label} ${ms(b.p50)}`).join(', ')}`,
    `done: ${Object.entries(t.byAction)
      .map(([a, n]) => `${a} ${n}`)
      .join(', ')}`,
    `audit chain after the run: ${t.audit.ok ? 'valid' : 'BROKEN'} (${t.audit.rows.toLocaleString('en-US')} rows)` +
      (t.firstError ? `; first error: ${t.firstError}` : ''),
  ]);
  const insert = { label: 'INSERT+COMMIT', rate: t.insertCommit.rate };
  printRows([
    { label: 'INSERT+COMMIT, 1 client', result: t.insertCommit, baseline: insert },
    { label: 'transition, 1 client', result: t.transition, baseline: insert },
  ]);
}

interface BackendFigures {
  backend: Backend;
  inbox: InboxFigure[];
  select1: Latency;
  transition: TransitionFigure;
  baselines: DatabaseBaselines;
}

async function runOnBackend(backend: Backend, o: CasesOptions): Promise<BackendFigures | undefined> {
  const log = (line: string): void => void process.stdout.write(`   [${backend}] ${line}\n`);
  const dataset = await openCasesDataset(backend, o.scale, POSTGRES_POOL, log);
  if ('skipped' in dataset) {
    heading(`Cases: ${backend}`, [`skipped: ${dataset.skipped}`]);
    return undefined;
  }
  try {
    heading(`Cases dataset: ${backend}`, await datasetFacts(dataset));
    const target: BenchDatabase = {
      db: dataset.db,
      describe: dataset.describe,
      close: async () => undefined,
    };
    const baselines = await measureDatabaseBaselines(target);
    printBaselines(baselines);
    const actors = await benchActors(dataset.db.pool);
    const select1 = await select1Latency(dataset.db.pool, Math.max(200, o.iterations));
    const inbox: InboxFigure[] = [];
    for (const key of INBOX_ACTORS) {
      for (const call of INBOX_CALLS) {
        inbox.push(await measureInboxCall(dataset.db.pool, actors[key], call, o));
      }
    }
    printInbox(backend, select1, inbox, o);
    if (o.explain) {
      for (const f of inbox) {
        process.stdout.write(`\n   EXPLAIN ${backend}: ${f.actor} · ${f.query}\n`);
        for (const line of await explainStatements(dataset.db.pool, f.lastStatements))
          process.stdout.write(`     ${line}\n`);
      }
    }
    const pimpinan = actors['bawaslu-prov-33-pimpinan'];
    const transition = await measureTransitions(dataset.db.pool, pimpinan, { durationMs: o.transitionMs });
    printTransitions(backend, transition, pimpinan.label, o);
    return { backend, inbox, select1, transition, baselines };
  } finally {
    await dataset.close();
  }
}

function printTargets(all: BackendFigures[]): void {
  heading('Cases: issue 4 targets', [
    `inbox p95 ≤ ${INBOX_P95_TARGET_MS} ms on PostgreSQL; transition rate ≥ ×${TRANSITION_RATIO_TARGET} of INSERT+COMMIT (1 client)`,
  ]);
  for (const f of all) {
    const worst = f.inbox.reduce((a, b) => (b.total.p95 > a.total.p95 ? b : a));
    const over = f.inbox.filter((i) => i.total.p95 > INBOX_P95_TARGET_MS).length;
    const t = f.transition;
    const ratio = t.transition.rate / t.insertCommit.rate;
    process.stdout.write(
      `   ${f.backend.padEnd(8)} inbox: worst p95 ${ms(worst.total.p95)} (${worst.actor} · ${worst.query}); ` +
        `${over} of ${f.inbox.length} views over ${INBOX_P95_TARGET_MS} ms\n` +
        `   ${''.padEnd(8)} transition: ${formatRate(t.transition.rate)} = ×${ratio.toFixed(2)} of INSERT+COMMIT ` +
        `(${formatRate(t.insertCommit.rate)}, interleaved)${ratio >= TRANSITION_RATIO_TARGET ? '' : ' — below target'}\n`,
    );
  }
}

/** Both backends one after the other (never at once: 2 cores). */
export async function runCasesBench(opts: BenchOptions): Promise<BackendFigures[]> {
  const o = optionsOf(opts);
  process.stdout.write(
    `\n# cases bench at scale ${o.scale} (${(o.scale * 1e6).toLocaleString('en-US')} cases)\n`,
  );
  const all: BackendFigures[] = [];
  for (const backend of o.backends) {
    const figures = await runOnBackend(backend, o);
    if (figures) all.push(figures);
  }
  printTargets(all);
  return all;
}
