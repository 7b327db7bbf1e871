import fs from 'node:fs';
import type { Command } from 'commander';
import type pg from 'pg';
import type { z } from 'zod';
import type { Config } from '../config';
import { withTransaction } from '../db/database';
import { createUser } from '../modules/identity/actions/create-user';
import { disableUser } from '../modules/identity/actions/disable-user';
import { findUsers, getUserByEmail } from '../modules/identity/queries';
import {
  ZCreateUserInput,
  ZDisableUserInput,
  ZNewPassword,
  type CreateUserInput,
} from '../modules/identity/schema';
import { AppError, type FieldError } from '../platform/errors/app-error';
import { withDatabase } from './commands';

const CLI_ACTOR = { id: null, label: 'cli' };

export interface AddUserFlags {
  email: string;
  name: string;
  role: string;
  region?: string;
  bawasluLevel?: string;
  bknOffice?: string;
  agency?: string;
  locale?: string;
  passwordFile?: string;
}

const FLAG_OF: Record<string, string> = {
  email: '--email',
  name: '--name',
  role: '--role',
  locale: '--locale',
  'scope.regionCode': '--region',
  'scope.bawasluLevel': '--bawaslu-level',
  'scope.bknOffice': '--bkn-office',
  'scope.agencyCode': '--agency',
};

/** zod issues as the flags a person typed (`scope.agencyCode` → `--agency`). */
function flagErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const key = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const flags = issue.keys.map((k) => FLAG_OF[`${key}.${k}`] ?? k).join(', ');
      return { path: flags, message: 'not used with this --role' };
    }
    if (issue.code === 'invalid_union' && key === 'role') return { path: '--role', message: 'unknown role' };
    return { path: FLAG_OF[key] ?? (key || 'input'), message: issue.message };
  });
}

/** Checks the flags before the database is opened, so a typo costs nothing and exits with code 2. */
export function parseAddUserFlags(flags: AddUserFlags): {
  input: CreateUserInput;
  password: string | undefined;
} {
  const scope = Object.fromEntries(
    Object.entries({
      bawasluLevel: flags.bawasluLevel,
      regionCode: flags.region,
      bknOffice: flags.bknOffice,
      agencyCode: flags.agency,
    }).filter(([, v]) => v !== undefined),
  );
  const raw = { email: flags.email, name: flags.name, role: flags.role, locale: flags.locale, scope };
  const parsed = ZCreateUserInput.safeParse(raw);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', {
      message: 'Invalid user',
      fields: flagErrors(parsed.error.issues),
    });
  if (flags.passwordFile === undefined) return { input: parsed.data, password: undefined };
  let text: string;
  try {
    text = fs.readFileSync(flags.passwordFile, 'utf8');
  } catch (err) {
    throw new AppError('BAD_REQUEST', {
      message: `Cannot read --password-file ${flags.passwordFile}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
    });
  }
  const password = ZNewPassword.safeParse(text.replace(/\r?\n$/, ''));
  if (!password.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Invalid password',
      fields: [{ path: '--password-file', message: password.error.issues[0]?.message ?? 'invalid' }],
    });
  }
  return { input: parsed.data, password: password.data };
}

export async function addUser(
  pool: pg.Pool,
  { input, password }: ReturnType<typeof parseAddUserFlags>,
  now = new Date(),
): Promise<string[]> {
  const { user, initialPassword } = await withTransaction(pool, (tx) =>
    createUser(tx, { actor: CLI_ACTOR, input, now, options: password === undefined ? {} : { password } }),
  );
  const lines = [`Created ${user.email} (${user.role}, ${JSON.stringify(user.scope)}).`];
  if (initialPassword)
    lines.push(`Initial password (shown once, hand it over separately): ${initialPassword}`);
  lines.push('At first sign-in they enrol an authenticator app (TOTP).');
  return lines;
}

export async function listUsers(pool: pg.Pool): Promise<string[]> {
  const lines: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const { rows } = await findUsers(pool, { limit: 500, offset });
    for (const u of rows) {
      const status = u.disabled_at ? 'disabled' : u.totp_enrolled_at ? 'active' : 'active, 2FA not enrolled';
      lines.push(
        [u.email, u.role, JSON.stringify(u.scope), status, u.is_demo ? 'demo' : ''].join('\t').trimEnd(),
      );
    }
    if (rows.length < 500) break;
  }
  return lines.length ? ['email\trole\tscope\tstatus', ...lines] : ['No staff accounts yet.'];
}

export function parseDisableReason(reason: string): string {
  const parsed = ZDisableUserInput.safeParse({ reason });
  if (parsed.success) return parsed.data.reason;
  const message = parsed.error.issues[0]?.message ?? 'invalid';
  throw new AppError('VALIDATION_FAILED', {
    message: 'Invalid reason',
    fields: [{ path: '--reason', message }],
  });
}

export async function disableUserByEmail(
  pool: pg.Pool,
  email: string,
  reason: string,
  now = new Date(),
): Promise<string[]> {
  const user = await getUserByEmail(pool, email.trim().toLowerCase());
  if (!user) throw new AppError('NOT_FOUND', { message: `No staff account with e-mail ${email}` });
  const input = { userId: user.id, reason: parseDisableReason(reason) };
  await withTransaction(pool, (tx) => disableUser(tx, { actor: CLI_ACTOR, input, now }));
  return [`Disabled ${user.email}; their sessions have ended.`];
}

const print = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);

/** `netra user add|list|disable`. Non-interactive: CI has no stdin. */
export function registerUserCommands(program: Command, config: () => Config): void {
  const user = program.command('user').description('Staff accounts');
  user
    .command('add')
    .description(
      'Create a staff account (prints a generated initial password unless --password-file is given)',
    )
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--name <name>', 'full name')
    .requiredOption(
      '--role <role>',
      'admin, bawaslu_staf, bawaslu_pimpinan, bkn_analis, bkn_pejabat, ppk_staf, supervisor_kemendagri, supervisor_kemenpanrb, ombudsman_pengawas, custodian',
    )
    .option('--bawaslu-level <level>', 'Bawaslu roles: ri, provinsi or kabkota')
    .option(
      '--region <code>',
      'province (33) or kabupaten/kota (33.03) for Bawaslu, a province for Kemendagri/Ombudsman',
    )
    .option('--bkn-office <office>', 'BKN roles: pusat or kanreg-1 … kanreg-14')
    .option('--agency <code>', 'ppk_staf: agency code such as pemda-33.03 or kl-kemenag')
    .option('--locale <id|en>', 'preferred language')
    .option('--password-file <file>', 'read the initial password from this file')
    .action(async (flags: AddUserFlags) => {
      const parsed = parseAddUserFlags(flags);
      print(await withDatabase(config(), (db) => addUser(db.pool, parsed)));
    });
  user
    .command('list')
    .description('List staff accounts')
    .action(async () => print(await withDatabase(config(), (db) => listUsers(db.pool))));
  user
    .command('disable <email>')
    .description('Disable a staff account and end its sessions')
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .action(async (email: string, flags: { reason: string }) => {
      parseDisableReason(flags.reason);
      print(await withDatabase(config(), (db) => disableUserByEmail(db.pool, email, flags.reason)));
    });
}
