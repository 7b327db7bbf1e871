import { performance } from 'node:perf_hooks';

/**
 * The shortest time a refused password step (INVALID_CREDENTIALS) takes. An unknown e-mail costs one argon2
 * check; a known one with a wrong password costs the same check plus a row lock, an UPDATE and two audit rows
 * written one after another on the audit chain's head. Without a floor that difference tells an attacker which
 * addresses have accounts (OWASP Authentication Cheat Sheet, "Authentication Responses"). argon2id with our
 * parameters takes ~40 ms here (login-flow tests), the database work a few ms; 500 ms leaves room for load and is
 * not noticed by a person who mistyped.
 */
export const FAILED_LOGIN_FLOOR_MS = 500;

/** A stopwatch started when the step begins, and a way to wait; tests pass a fake one to stay fast. */
export interface Pacer {
  elapsedMs: () => number;
  sleep: (ms: number) => Promise<void>;
}

export function startPacer(): Pacer {
  const start = performance.now();
  return {
    elapsedMs: () => performance.now() - start,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** Waits until `floorMs` have passed since the pacer started (at once when they already have). */
export async function padTo(pacer: Pacer, floorMs: number): Promise<void> {
  const left = floorMs - pacer.elapsedMs();
  if (left > 0) await pacer.sleep(left);
}
