import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNetra } from '../../test/support/netra-process';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { pgliteTemplateDir, runTmpDir, testBackend } from '../../test/support/test-env';
import { verifyPassword } from '../modules/identity/password';
import { AppError } from '../platform/errors/app-error';
import {
  addUser,
  disableUserByEmail,
  listUsers,
  parseAddUserFlags,
  type AddUserFlags,
} from './user-commands';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.destroy();
});

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

const base: AddUserFlags = {
  email: 'cli.user@test.netra.id',
  name: 'CLI User',
  role: 'bawaslu_staf',
  bawasluLevel: 'kabkota',
  region: '33.03',
};

describe('netra user add|list|disable (functions)', () => {
  it('adds a user, prints a generated initial password once, lists it, and disables it, audited as cli', async () => {
    const added = await addUser(t.db.pool, parseAddUserFlags(base));
    const passwordLine = added.find((l) => l.startsWith('Initial password'));
    const password = passwordLine?.split(': ')[1] ?? '';
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const row = await t.db.pool.query<{ id: string; password_hash: string }>(
      `SELECT id, password_hash FROM staff_users WHERE email = $1`,
      [base.email],
    );
    expect(await verifyPassword(row.rows[0]?.password_hash ?? '', password)).toBe(true);

    const listed = (await listUsers(t.db.pool)).join('\n');
    expect(listed).toContain(base.email);
    expect(listed).toContain('2FA not enrolled');

    await disableUserByEmail(t.db.pool, 'CLI.User@test.netra.id', 'left Bawaslu');
    expect((await listUsers(t.db.pool)).join('\n')).toMatch(/cli\.user@test\.netra\.id.*disabled/);
    const audit = await t.db.pool.query<{ action: string; actor_label: string; actor_id: string | null }>(
      `SELECT action, actor_label, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY seq`,
      [row.rows[0]?.id],
    );
    expect(audit.rows).toEqual([
      { action: 'identity.user.created', actor_label: 'cli', actor_id: null },
      { action: 'identity.user.disabled', actor_label: 'cli', actor_id: null },
    ]);
  });

  it('takes the password from --password-file and then prints none', async () => {
    const file = path.join(t.config.dataDir, 'pw.txt');
    fs.mkdirSync(t.config.dataDir, { recursive: true });
    fs.writeFileSync(file, 'a long enough password\n');
    const out = await addUser(
      t.db.pool,
      parseAddUserFlags({ ...base, email: 'pwfile@test.netra.id', passwordFile: file }),
    );
    expect(out.join('\n')).not.toContain('Initial password');
    const row = await t.db.pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM staff_users WHERE email = 'pwfile@test.netra.id'`,
    );
    expect(await verifyPassword(row.rows[0]?.password_hash ?? '', 'a long enough password')).toBe(true);
  });

  it.each([
    ['an unknown role', { role: 'root' }, '--role'],
    ['a Bawaslu role without --bawaslu-level', { bawasluLevel: undefined }, '--bawaslu-level'],
    ['a kabupaten code that is a province code', { region: '33' }, '--region'],
    [
      'an option the role does not use',
      { role: 'admin', bawasluLevel: undefined, region: undefined, agency: 'pemda-33' },
      '--agency',
    ],
    ['a malformed e-mail', { email: 'nope' }, '--email'],
  ])('refuses %s, naming the flag', (_label, change, flag) => {
    const err = refusal(() => parseAddUserFlags({ ...base, ...change }));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields?.map((f) => f.path)).toContain(flag);
  });

  it('refuses a password file that is missing or too short', () => {
    expect(refusal(() => parseAddUserFlags({ ...base, passwordFile: '/nonexistent/pw' })).code).toBe(
      'BAD_REQUEST',
    );
    const file = path.join(t.config.dataDir, 'short.txt');
    fs.mkdirSync(t.config.dataDir, { recursive: true });
    fs.writeFileSync(file, 'short\n');
    expect(refusal(() => parseAddUserFlags({ ...base, passwordFile: file })).fields?.[0]?.path).toBe(
      '--password-file',
    );
  });

  it('refuses to disable an unknown e-mail with NOT_FOUND', async () => {
    await expect(disableUserByEmail(t.db.pool, 'nobody@test.netra.id', 'no reason')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('netra user (spawned, exit codes)', () => {
  let env: Record<string, string>;
  let dir: string;
  beforeAll(() => {
    dir = path.join(runTmpDir(), `cli-${crypto.randomBytes(4).toString('hex')}`);
    if (testBackend() === 'pglite') {
      // A copy of the migrated template: the CLI opens it itself (the embedded data dir takes one process).
      fs.cpSync(pgliteTemplateDir(), dir, { recursive: true });
      fs.rmSync(path.join(dir, 'netra.lock'), { force: true });
      env = { NETRA_DATA_DIR: dir };
    } else {
      fs.mkdirSync(dir, { recursive: true });
      const url = t.config.database.kind === 'postgres' ? t.config.database.url : '';
      env = {
        NETRA_DATA_DIR: dir,
        DATABASE_URL: url,
        NETRA_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
      };
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with one line on stderr for bad input, before touching the database', async () => {
    const r = await runNetra(['user', 'add', '--email', 'x@test.netra.id', '--name', 'X', '--role', 'root'], {
      NETRA_DATA_DIR: path.join(dir, 'untouched'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^netra: .*--role/);
    expect(fs.existsSync(path.join(dir, 'untouched'))).toBe(false);
  });

  it('exits 0 for add and list, 0 for disable, and 2 for disabling an unknown e-mail or without --reason', async () => {
    const add = await runNetra(
      [
        'user',
        'add',
        '--email',
        'spawned@test.netra.id',
        '--name',
        'Spawned',
        '--role',
        'ppk_staf',
        '--agency',
        'pemda-33.03',
      ],
      env,
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/Initial password .*: [a-z2-9-]{23}/);
    const list = await runNetra(['user', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('spawned@test.netra.id');
    expect((await runNetra(['user', 'disable', 'spawned@test.netra.id'], env)).code).toBe(2);
    expect(
      (await runNetra(['user', 'disable', 'spawned@test.netra.id', '--reason', 'test over'], env)).code,
    ).toBe(0);
    const unknown = await runNetra(['user', 'disable', 'nobody@test.netra.id', '--reason', 'test over'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('netra: No staff account with e-mail nobody@test.netra.id\n');
  }, 120_000);
});
