import { spawnSync } from 'node:child_process';
import { ROOT } from '../../support/test-env';

/** Builds the SPA into dist/web when it is missing or older than its sources (same rule as `npm start`). */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed; see the output above');
}
