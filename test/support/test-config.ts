import crypto from 'node:crypto';
import { loadConfig, type Config } from '../../src/config';

/** A config for tests: quiet logs, fixed secret key, database filled in by the caller. */
export function testConfig(database: Config['database'], dataDir: string): Config {
  const base = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NETRA_DATA_DIR: dataDir,
    NETRA_DEMO: '0',
    // Tests change cases and read the figures at once; the cache has its own test.
    NETRA_STATS_CACHE_SECONDS: '0',
    NETRA_SECRET_KEY: crypto.createHash('sha256').update('netra-test-key').digest('base64'),
  });
  return { ...base, database };
}
