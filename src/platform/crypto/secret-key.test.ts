import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config';
import { deriveKey, resolveSecretKey, secretKeyFile } from './secret-key';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-key-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const embedded = (dataDir: string) => ({
  secretKey: undefined,
  dataDir,
  database: { kind: 'pglite' as const, dataDir: path.join(dataDir, 'pglite'), poolSize: 1 },
});

describe('secret key', () => {
  it('uses NETRA_SECRET_KEY when it is set', () => {
    const key = crypto.randomBytes(32);
    expect(resolveSecretKey({ ...embedded(tempDir()), secretKey: key })).toBe(key);
  });

  it('creates a key file 0600 in a 0700 dir on first use of the embedded default, and reuses it', () => {
    const dataDir = tempDir();
    const first = resolveSecretKey(embedded(dataDir));
    const file = secretKeyFile(dataDir);
    expect(first).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(resolveSecretKey(embedded(dataDir)).equals(first)).toBe(true);
  });

  it('refuses a damaged key file instead of replacing it', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.dirname(secretKeyFile(dataDir)), { recursive: true });
    fs.writeFileSync(secretKeyFile(dataDir), 'too short');
    expect(() => resolveSecretKey(embedded(dataDir))).toThrow(ConfigError);
  });

  it('refuses, in one line, a key file that other users can read', () => {
    const dataDir = tempDir();
    resolveSecretKey(embedded(dataDir));
    fs.chmodSync(secretKeyFile(dataDir), 0o640);
    expect(() => resolveSecretKey(embedded(dataDir))).toThrow(
      /^Secret key file .+ is readable by other users \(mode 640\): run chmod 600 on it\.$/,
    );
    fs.chmodSync(secretKeyFile(dataDir), 0o604);
    expect(() => resolveSecretKey(embedded(dataDir))).toThrow(ConfigError);
    fs.chmodSync(secretKeyFile(dataDir), 0o400);
    expect(resolveSecretKey(embedded(dataDir))).toHaveLength(32);
  });

  it('refuses PostgreSQL without NETRA_SECRET_KEY in one line', () => {
    const config = {
      secretKey: undefined,
      dataDir: tempDir(),
      database: { kind: 'postgres' as const, url: 'postgres://x/y', poolSize: 1 },
    };
    expect(() => resolveSecretKey(config)).toThrow(/^NETRA_SECRET_KEY is required with DATABASE_URL[^\n]*$/);
  });

  it('derives different keys for different purposes', () => {
    const master = crypto.randomBytes(32);
    expect(deriveKey(master, 'a').equals(deriveKey(master, 'b'))).toBe(false);
    expect(deriveKey(master, 'a').equals(deriveKey(master, 'a'))).toBe(true);
  });
});
