import crypto from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'netra_session';
export const CSRF_COOKIE = 'netra_csrf';

const MINUTE = 60_000;
/** OWASP Session Management Cheat Sheet: short idle timeout for a high-value application, plus a hard limit. */
export const SESSION_LIMITS = {
  idleMs: 30 * MINUTE,
  absoluteMs: 12 * 60 * MINUTE,
  /** Time to type the TOTP code (or scan the QR code) after the password was accepted. */
  passwordStageMs: 10 * MINUTE,
  /** Write last_seen_at at most this often, not on every request. */
  touchEveryMs: MINUTE,
};

/** 32 random bytes (256 bits) for the cookie; only its hash is stored. */
export function newSessionToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A cookie value shaped like our tokens; anything else is ignored without a database read. */
export function isSessionToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function sessionCookieOptions(secure: boolean): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure };
}
