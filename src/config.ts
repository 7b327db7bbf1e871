import path from 'node:path';
import { z } from 'zod';

/** Environment flags: "1/true/yes/on" vs "0/false/no/off"; anything else is a config error. */
const zFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const zPostgresUrl = z
  .string()
  .refine((s) => /^postgres(ql)?:\/\/.+/.test(s), {
    message: 'must be a postgres:// or postgresql:// URL',
  })
  .refine(
    (s) => {
      try {
        new URL(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a valid URL' },
  );

export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().min(1).default('127.0.0.1').describe('HTTP bind address'),
  DATABASE_URL: zPostgresUrl.optional().describe('PostgreSQL >= 15; absent = embedded PGlite'),
  NETRA_DATA_DIR: z.string().min(1).default('./data').describe('embedded database, blobs, generated keys'),
  NETRA_SECRET_KEY: z
    .string()
    .refine((s) => Buffer.from(s, 'base64').length === 32, { message: 'must be 32 bytes, base64-encoded' })
    .optional()
    .describe('key for secrets encrypted at rest (TOTP seeds); generated in the data dir when embedded'),
  NETRA_DEMO: zFlag
    .optional()
    .describe(
      'seed demo staff accounts on a fresh embedded data dir (default: on only when serving on loopback outside production)',
    ),
  NETRA_JOBS: zFlag
    .default(true)
    .describe('run the background jobs (deadline alerts) in this process; off for a web-only node'),
  NETRA_COOKIE_SECURE: zFlag.default(true),
  NETRA_TRUST_PROXY: zFlag.default(false),
  NETRA_PG_POOL: z.coerce.number().int().min(1).max(200).default(20),
  NETRA_STATS_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(60)
    .describe('how long a node reuses a public statistics answer (0 = always recount)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  http: { port: number; host: string; trustProxy: boolean; cookieSecure: boolean };
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  secretKey: Buffer | undefined;
  demo: boolean;
  /** Run the pg-boss workers (deadline alerts) in this process. */
  jobs: boolean;
  /** Seconds a public statistics answer is reused (and may be cached by browsers and proxies); 0 = never. */
  statsCacheSeconds: number;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The only place that reads process.env (STYLE.md: config is read once and passed in). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '?';
    throw new ConfigError(`Invalid configuration: ${field} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.NETRA_DATA_DIR);
  return {
    env: e.NODE_ENV,
    http: {
      port: e.PORT,
      host: e.HOST,
      trustProxy: e.NETRA_TRUST_PROXY,
      cookieSecure: e.NETRA_COOKIE_SECURE,
    },
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.NETRA_PG_POOL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    secretKey: e.NETRA_SECRET_KEY ? Buffer.from(e.NETRA_SECRET_KEY, 'base64') : undefined,
    // Demo accounts have a public password: by default only where nobody else can reach them.
    demo: e.NETRA_DEMO ?? (e.NODE_ENV !== 'production' && isLoopback(e.HOST)),
    jobs: e.NETRA_JOBS,
    statsCacheSeconds: e.NETRA_STATS_CACHE_SECONDS,
    logLevel: e.LOG_LEVEL,
  };
}
