// `netra stats …`: checks of the public figures (issue 5 §1).
import type { Command } from 'commander';
import type { Config } from '../config';
import { verifyStats } from '../modules/stats/actions/verify-stats';
import { withDatabase } from './commands';

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
}
