import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../../config';

const KEY_BYTES = 32;

/**
 * Where the embedded default keeps its generated key: inside the data dir, readable by this user only. A copy
 * of the data dir therefore carries the key with the data it protects: encrypt backups, or set NETRA_SECRET_KEY
 * and keep it elsewhere (docs/adr/0002-staff-sessions-and-2fa.md).
 */
export function secretKeyFile(dataDir: string): string {
  return path.join(dataDir, 'keys', 'secret.key');
}

function readKeyFile(file: string): Buffer {
  // Like ssh with a private key: a key others can read is no longer secret, so refuse rather than use it.
  const mode = fs.statSync(file).mode;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new ConfigError(
      `Secret key file ${file} is readable by other users (mode ${(mode & 0o777).toString(8)}): run chmod 600 on it.`,
    );
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new ConfigError(`Secret key file ${file} is damaged: it must hold 32 bytes, base64-encoded.`);
  }
  return key;
}

/**
 * Creates the key file once (0600 in a 0700 dir). `wx` makes creation atomic: if another process won the race,
 * we read its key instead of overwriting it (an overwritten key would make every sealed secret unreadable).
 */
function createKeyFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(KEY_BYTES);
  try {
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file);
    throw err;
  }
}

/**
 * The master key for secrets encrypted at rest (TOTP seeds now; reporter identities later).
 * - NETRA_SECRET_KEY wins when set.
 * - With PostgreSQL it is required: app nodes are stateless, so a key generated on one node's disk would leave
 *   the others unable to read what it sealed, and the key must not live in the database it protects.
 * - The embedded default generates one in the data dir on first use, so `netra serve` works with no setup.
 */
export function resolveSecretKey(config: Pick<Config, 'secretKey' | 'dataDir' | 'database'>): Buffer {
  if (config.secretKey) return config.secretKey;
  if (config.database.kind === 'postgres') {
    throw new ConfigError(
      'NETRA_SECRET_KEY is required with DATABASE_URL: generate one with `openssl rand -base64 32` and keep it out of the database.',
    );
  }
  const file = secretKeyFile(config.dataDir);
  return fs.existsSync(file) ? readKeyFile(file) : createKeyFile(file);
}

/** A separate key per purpose (HKDF-SHA256), so one key never serves two kinds of data. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `netra:${purpose}`, KEY_BYTES));
}
