import type pg from 'pg';
import { withTransaction } from '../../db/database';
import type { Actor } from '../../platform/audit';
import { createUser } from './actions/create-user';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoTotpSecret } from './demo-accounts';
import type { IdentityKeys } from './identity-keys';
import { countStaffUsers, getUserByEmail } from './queries';
import { totpUrl } from './totp';

const SEED_ACTOR: Actor = { id: null, label: 'demo-seed' };

function describeScope(scope: Record<string, unknown>): string {
  const parts = Object.entries(scope).map(
    ([k, v]) => `${k}=${v === null ? 'national' : typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
  return parts.length ? parts.join(', ') : 'national';
}

/**
 * Creates the demo account of every role that does not exist yet (already enrolled in TOTP, `is_demo`), and
 * returns the lines that tell a person how to sign in with them.
 */
export async function seedDemoStaff(
  pool: pg.Pool,
  opts: { keys: IdentityKeys; now?: Date },
): Promise<string[]> {
  const now = opts.now ?? new Date();
  const lines = [
    'Demo accounts (public password; do not use for real cases):',
    `  password for all: ${DEMO_PASSWORD}`,
    '  add the TOTP secret (or the otpauth URL) to an authenticator app, e.g. Aegis, Google Authenticator:',
  ];
  for (const input of DEMO_ACCOUNTS) {
    const secret = demoTotpSecret(input.email);
    if (!(await getUserByEmail(pool, input.email))) {
      await withTransaction(pool, (tx) =>
        createUser(tx, {
          actor: SEED_ACTOR,
          input,
          now,
          keys: opts.keys,
          options: { password: DEMO_PASSWORD, isDemo: true, enrolledTotpSecret: secret },
        }),
      );
    }
    lines.push(`  ${input.email}  ${input.role} (${describeScope(input.scope)})  TOTP ${secret}`);
    lines.push(`    ${totpUrl(secret, input.email)}`);
  }
  return lines;
}

/** The embedded default seeds demo accounts only into a fresh data dir (no staff account yet). */
export async function hasNoStaff(pool: pg.Pool): Promise<boolean> {
  return (await countStaffUsers(pool)) === 0;
}
