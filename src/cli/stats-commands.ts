// `netra stats …`: checks of the public figures (issue 5 §1).
import type { Command } from 'commander';
import type { Config } from '../config';
import { publishSnapshot } from '../modules/stats/actions/publish-snapshot';
import { rebuildStats } from '../modules/stats/actions/rebuild-stats';
import { writeOpenDataDump } from '../modules/stats/open-data/write-open-data';
import { BlobStore } from '../platform/blobs/blob-store';
import { verifyStats } from '../modules/stats/actions/verify-stats';
import { ZPublishSnapshotInput, type PublishSnapshotInput } from '../modules/stats/snapshot-schema';
import { AppError } from '../platform/errors/app-error';
import { withDatabase } from './commands';

const CLI_ACTOR = { id: null, label: 'cli' };

/** The flags as the snapshot input; a bad one is one line naming the flag (exit 2), before the database opens. */
export function parsePublishFlags(flags: Record<string, unknown>): PublishSnapshotInput {
  const parsed = ZPublishSnapshotInput.safeParse(flags);
  if (parsed.success) return parsed.data;
  const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new AppError('VALIDATION_FAILED', {
    fields: parsed.error.issues.map((i) => ({ path: flag(i.path.join('.')), message: i.message })),
  });
}

export function registerStatsCommands(program: Command, config: () => Config): void {
  const stats = program.command('stats').description('Public statistics');
  stats
    .command('verify')
    .description('Recount the reported ASN from the event history and compare with the aggregates')
    .action(async () => {
      const v = await withDatabase(config(), (db) => verifyStats(db.pool));
      if (v.ok) {
        process.stdout.write(
          `Statistics OK: ${v.reported} reported ASN; aggregates equal the recount from the events; funnel identities hold.\n`,
        );
        return;
      }
      process.stdout.write('Statistics INCONSISTENT:\n');
      for (const d of v.differences)
        process.stdout.write(
          `  key ${JSON.stringify(d.key)}: stored ${d.stored}, recounted ${d.recounted}\n`,
        );
      for (const c of v.offHistory)
        process.stdout.write(`  case ${c.id}: state ${c.state}, last event says ${c.last ?? '(none)'}\n`);
      for (const b of v.brokenInvariants) process.stdout.write(`  identity fails: ${b}\n`);
      process.exitCode = 3;
    });

  stats
    .command('publish')
    .description('Publish the figures as of a day as a frozen snapshot that can be cited (issue 5 §2)')
    .requiredOption('--id <id>', 'stable id, e.g. pilkada-2020-jan-2021')
    .requiredOption('--title <text>', 'title as cited')
    .requiredOption('--as-of <date>', 'count the cases as they stood at the end of this day (YYYY-MM-DD)')
    .option('--election <id>', 'only this election')
    .option('--region <code>', 'only this province (33) or kab/kota (33.03)')
    .option('--note <text>', 'what the figures are for, caveats')
    .action(async (flags: Record<string, unknown>) => {
      const input = parsePublishFlags(flags);
      const s = await withDatabase(config(), (db) =>
        publishSnapshot(db.pool, { actor: CLI_ACTOR, input, now: new Date() }),
      );
      process.stdout.write(
        `Published snapshot ${s.id} (as of ${s.asOf}), SHA-256 ${s.sha256}: /api/public/stats/snapshots/${s.id}\n`,
      );
    });

  stats
    .command('dump')
    .description(
      'Write today’s open-data dump now (the job writes it daily at 01:00 WIB); a no-op if it exists',
    )
    .action(async () => {
      const cfg = config();
      const r = await withDatabase(cfg, (db) =>
        writeOpenDataDump(db.pool, BlobStore.inDataDir(cfg.dataDir), new Date()),
      );
      process.stdout.write(
        r.files > 0
          ? `Open-data dump of ${r.day}: ${r.files} files (/api/public/open-data/${r.day})\n`
          : `The open-data dump of ${r.day} exists already.\n`,
      );
    });

  stats
    .command('rebuild')
    .description(
      'Recount the statistics tables from the cases (after a restore, a bulk load, or drift verify found)',
    )
    .action(async () => {
      const r = await withDatabase(config(), (db) => rebuildStats(db.pool));
      process.stdout.write(
        `Statistics rebuilt: ${r.statsRows} aggregate rows, ${r.followUps} PPK follow-ups.\n`,
      );
    });
}
