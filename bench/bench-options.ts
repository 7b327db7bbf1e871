import type { Backend } from './cases-dataset';
import type { BenchOptions } from './run';

/** A nonsense option: `npm run bench` prints its message, not a stack trace, and exits 2. */
export class BenchOptionError extends Error {}

/**
 * `--key n` as a number, `fallback` when absent; a bench with a nonsense option stops before it builds a dataset.
 * `allowZero` for options where 0 means "off" (e.g. `--cache 0`).
 */
export function numberOption(o: BenchOptions, key: string, fallback: number, allowZero = false): number {
  const v = o[key] === undefined ? fallback : Number(o[key]);
  if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0))
    throw new BenchOptionError(
      allowZero ? `--${key} must be a number ≥ 0` : `--${key} must be a positive number`,
    );
  return v;
}

/** `--backend both|postgres|pglite` (default both) as the backends to measure, PostgreSQL first. */
export function backendsOption(o: BenchOptions): Backend[] {
  const backend = o.backend ?? 'both';
  if (backend === 'both') return ['postgres', 'pglite'];
  if (backend === 'postgres' || backend === 'pglite') return [backend];
  throw new BenchOptionError('--backend: both, postgres or pglite');
}
