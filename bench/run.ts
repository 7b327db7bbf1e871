// `npm run bench` runs every bench in sequence; `npm run bench -- <name>` runs one. Benchmarks print figures
// (rates, and ratios to baselines measured in the same run); they never assert timings.
import { loadLine, machineLine } from './report';

// Loaded on demand: a bench only imports the code it measures.
const BENCHES: Record<string, { what: string; run: () => Promise<unknown> }> = {
  baselines: {
    what: 'INSERT+COMMIT and SELECT 1 rates on PGlite and PostgreSQL',
    run: async () => (await import('./baselines')).runBaselinesBench(),
  },
  'event-loop': {
    what: '/health while a heavy query runs: PGlite in its worker vs on the main thread',
    run: async () => (await import('./event-loop')).runEventLoopBench(),
  },
};

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown bench: ${unknown.join(', ')}. Available:\n`);
    for (const [n, b] of Object.entries(BENCHES)) process.stderr.write(`  ${n.padEnd(12)} ${b.what}\n`);
    return 2;
  }
  const names = asked.length > 0 ? asked : Object.keys(BENCHES);
  process.stdout.write(
    `# Netra benchmarks: ${names.join(', ')}\n# ${machineLine()}\n# ${loadLine()} at start\n`,
  );
  const t0 = Date.now();
  for (const name of names) await BENCHES[name]!.run();
  process.stdout.write(`\nDone in ${((Date.now() - t0) / 1000).toFixed(0)} s.\n`);
  return 0;
}

process.exitCode = await main();
