import type { Command } from 'commander';
import type { Config } from '../config';
import { openAndPrepare } from '../prepare-database';
import { verifyAuditChain } from '../platform/audit';
import { serve } from './serve';
import { registerUserCommands } from './user-commands';
import { registerCaseCommands } from './case-commands';
import { registerStatsCommands } from './stats-commands';
import { registerDemoCommands } from './demo-commands';

/** Runs `fn` with a prepared database and always closes it (the embedded lock must be released). */
export async function withDatabase<T>(
  config: Config,
  fn: (db: Awaited<ReturnType<typeof openAndPrepare>>) => Promise<T>,
): Promise<T> {
  const db = await openAndPrepare(config, { log: (l) => process.stdout.write(`${l}\n`) });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export function registerCommands(program: Command, config: () => Config): void {
  program
    .command('serve')
    .description('Start the web server (migrates and seeds first)')
    .action(async () => {
      await serve(config());
    });

  program
    .command('migrate')
    .description('Apply pending database migrations and reference data')
    .action(async () => {
      await withDatabase(config(), async () => {
        process.stdout.write('Database is up to date.\n');
      });
    });

  registerUserCommands(program, config);
  registerCaseCommands(program, config);
  registerStatsCommands(program, config);
  registerDemoCommands(program, config);

  const audit = program.command('audit').description('Audit trail');
  audit
    .command('verify')
    .description('Recompute the hash chain and name the first broken row')
    .action(async () => {
      await withDatabase(config(), async (db) => {
        const result = await verifyAuditChain(db.pool);
        if (result.ok) {
          process.stdout.write(`Audit chain OK: ${result.rows} rows, head ${result.headHash}\n`);
        } else {
          process.stdout.write(
            `Audit chain BROKEN at seq ${result.brokenSeq}: ${result.reason} (${result.rows} rows verified before it)\n`,
          );
          process.exitCode = 3;
        }
      });
    });
}
