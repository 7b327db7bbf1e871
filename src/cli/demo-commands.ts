// `netra demo`: the demo staff accounts and the demo history of Pilkada 2020 and Pemilu 2024 (issue 5 §7).
import type { Command } from 'commander';
import type { Config } from '../config';
import { reporterIdentityKey } from '../modules/cases';
import { DEMO_PROFILES } from '../modules/demo/demo-profiles';
import { DEMO_SEED, generateDemoHistory } from '../modules/demo/generate-demo-history';
import { identityKeys, seedDemoStaff } from '../modules/identity';
import { BlobStore } from '../platform/blobs/blob-store';
import { AppError } from '../platform/errors/app-error';
import { withDatabase } from './commands';

interface DemoFlags {
  history: boolean;
  elections?: string;
  seed?: string;
}

/** The elections and seed asked for; a wrong one is a one-line error (exit 2). */
export function parseDemoFlags(flags: DemoFlags): { history: boolean; elections: string[]; seed: number } {
  const known = DEMO_PROFILES.map((p) => p.electionId);
  const elections = flags.elections ? flags.elections.split(',').map((e) => e.trim()) : known;
  const unknown = elections.filter((e) => !known.includes(e as (typeof known)[number]));
  const fields = [];
  if (unknown.length > 0)
    fields.push({
      path: '--elections',
      message: `no demo history for ${unknown.join(', ')} (known: ${known.join(', ')})`,
    });
  const seed = flags.seed === undefined ? DEMO_SEED : Number(flags.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    fields.push({ path: '--seed', message: 'must be a whole number ≥ 0' });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
  return { history: flags.history, elections, seed };
}

export function registerDemoCommands(program: Command, config: () => Config): void {
  program
    .command('demo')
    .description(
      'Demo data, also on PostgreSQL: staff accounts (one per role, public password) and a synthetic history of Pilkada 2020 and Pemilu 2024 calibrated on the published figures, written through the real workflow (resumes if interrupted)',
    )
    .option('--no-history', 'only the staff accounts')
    .option('--elections <ids>', `comma-separated, of: ${DEMO_PROFILES.map((p) => p.electionId).join(', ')}`)
    .option('--seed <n>', `random seed of the history (default ${DEMO_SEED}: the history the tests check)`)
    .action(async (flags: DemoFlags) => {
      const parsed = parseDemoFlags(flags);
      const cfg = config();
      const keys = identityKeys(cfg);
      await withDatabase(cfg, async (db) => {
        process.stdout.write(`${(await seedDemoStaff(db.pool, { keys })).join('\n')}\n`);
        if (!parsed.history) return;
        const started = Date.now();
        const run = await generateDemoHistory({
          pool: db.pool,
          blobs: BlobStore.inDataDir(cfg.dataDir),
          reporterKey: reporterIdentityKey(cfg),
          now: new Date(),
          seed: parsed.seed,
          elections: parsed.elections,
          log: (line) => process.stdout.write(`${line}\n`),
        });
        process.stdout.write(
          `Demo history: ${run.cases} cases and ${run.steps} steps written (${run.skipped} already there) in ${Math.round((Date.now() - started) / 1000)} s.\n`,
        );
      });
    });
}
