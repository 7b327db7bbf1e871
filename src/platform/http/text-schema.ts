import { z } from 'zod';

/**
 * Free text from a user. PostgreSQL cannot store the NUL character (error 22021), so it is refused here, at the
 * edge, with a clear message instead of reaching SQL as a 500. Every free-text input schema should use this.
 * No server imports: the web app shares input schemas.
 */
export function zText(opts: { min?: number; max?: number; trim?: boolean } = {}) {
  let s = z.string();
  if (opts.trim ?? true) s = s.trim();
  if (opts.min !== undefined) s = s.min(opts.min);
  if (opts.max !== undefined) s = s.max(opts.max);
  return s.refine((v) => !v.includes('\0'), { message: 'must not contain the NUL character' });
}
