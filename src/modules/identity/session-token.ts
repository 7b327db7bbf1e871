import crypto from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';

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

export interface IdentityCookies {
  session: string;
  csrf: string;
  options: CookieSerializeOptions;
}

/**
 * Names and options of the session and CSRF-secret cookies. Over HTTPS they carry the `__Host-` prefix
 * (RFC 6265bis §4.1.3.2): a browser keeps such a cookie only when it is Secure, Path=/ and has no Domain, so a
 * sibling subdomain or a plain-http page cannot plant or overwrite it (cookie tossing). The prefix needs Secure,
 * so with NETRA_COOKIE_SECURE=0 (http on an office LAN) the names are plain. The web app never reads them.
 */
export function identityCookies(secure: boolean): IdentityCookies {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}netra_session`,
    csrf: `${prefix}netra_csrf`,
    options: { path: '/', httpOnly: true, sameSite: 'strict', secure },
  };
}
