#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError } from './db/database';
import { DataDirLockedError } from './db/embedded/data-dir-lock';
import { MigrationError } from './db/migrate';
import { AppError } from './platform/errors/app-error';
import { registerCommands } from './cli/commands';

/** Errors a person can fix: one clear line, exit code 2, no stack trace. */
function isUserError(err: unknown): err is Error {
  return (
    err instanceof ConfigError ||
    err instanceof DatabaseUnavailableError ||
    err instanceof DataDirLockedError ||
    err instanceof MigrationError ||
    err instanceof AppError
  );
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('netra')
    .description('Netra: supervision of ASN neutrality in Indonesian elections')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCommands(program, () => loadConfig());
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (isUserError(err)) {
      const fields =
        err instanceof AppError && err.fields
          ? ` (${err.fields.map((f) => `${f.path}: ${f.message}`).join('; ')})`
          : '';
      process.stderr.write(`netra: ${err.message}${fields}\n`);
      return 2;
    }
    process.stderr.write(`netra: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
