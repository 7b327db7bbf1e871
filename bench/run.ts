// `npm run bench` runs every bench in sequence; `npm run bench -- <name>` runs one; `--key value` options go to
// the benches that read them (`npm run bench -- cases --scale 0.01`). Benchmarks print figures (rates, and ratios
// to baselines measured in the same run); they never assert timings.
import { BenchOptionError } from './bench-options';
import { loadLine, machineLine } from './report';

/** `--key value` options from the command line. */
export type BenchOptions = Record<string, string>;

// Loaded on demand: a bench only imports the code it measures.
const BENCHES: Record<
  string,
  { what: string; options?: readonly string[]; run: (opts: BenchOptions) => Promise<unknown> }
> = {
  baselines: {
    what: 'INSERT+COMMIT and SELECT 1 rates on PGlite and PostgreSQL',
    run: async () => (await import('./baselines')).runBaselinesBench(),
  },
  'event-loop': {
    what: '/health while a heavy query runs: PGlite in its worker vs on the main thread',
    run: async () => (await import('./event-loop')).runEventLoopBench(),
  },
  stats: {
    what: 'every public statistics endpoint over HTTP at 1 M cases, the map payload, the page first render',
    options: ['scale', 'backend', 'iterations', 'cache'],
    run: async (opts) => (await import('./stats-public')).runStatsPublicBench(opts),
  },
  cases: {
    what: 'inbox page and case transition on 1 M cases / 10 M events',
    options: ['scale', 'backend', 'iterations', 'warmup', 'seconds', 'explain'],
    run: async (opts) => (await import('./cases')).runCasesBench(opts),
  },
};

const flags = (keys: readonly string[]) => keys.map((k) => `--${k}`).join(', ');

/** Splits argv into bench names and `--key value` options. */
function parseArgs(argv: string[]): { names: string[]; opts: BenchOptions } | { error: string } {
  const names: string[] = [];
  const opts: BenchOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return { error: `Option --${key} needs a value.` };
    opts[key] = value;
  }
  return { names, opts };
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const { names: asked, opts } = parsed;
  const unknown = asked.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown bench: ${unknown.join(', ')}. Available:\n`);
    for (const [n, b] of Object.entries(BENCHES))
      process.stderr.write(`  ${n.padEnd(12)} ${b.what}${b.options ? ` (${flags(b.options)})` : ''}\n`);
    return 2;
  }
  const names = asked.length > 0 ? asked : Object.keys(BENCHES);
  const known = new Set(names.flatMap((n) => BENCHES[n]?.options ?? []));
  const stray = Object.keys(opts).filter((k) => !known.has(k));
  if (stray.length > 0) {
    process.stderr.write(
      `Unknown option ${flags(stray)} for ${names.join(', ')}` +
        (known.size ? `; they take ${flags([...known])}.\n` : '.\n'),
    );
    return 2;
  }
  process.stdout.write(
    `# Netra benchmarks: ${names.join(', ')}\n# ${machineLine()}\n# ${loadLine()} at start\n`,
  );
  const t0 = Date.now();
  try {
    for (const name of names) await BENCHES[name]!.run(opts);
  } catch (err) {
    if (!(err instanceof BenchOptionError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  process.stdout.write(`\nDone in ${((Date.now() - t0) / 1000).toFixed(0)} s.\n`);
  return 0;
}

process.exitCode = await main();
