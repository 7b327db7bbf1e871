import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error';
import { can } from './policy';
import { toStaffActor } from './present';
import { getLiveSession, touchSession, type SessionRow, type StaffUserRow } from './queries';
import type { StaffAction } from './schema';
import { hashSessionToken, identityCookies, isSessionToken, SESSION_LIMITS } from './session-token';
import type { StaffActor } from './staff-actor';

export interface LoadedSession {
  tokenHash: string;
  row: SessionRow;
  user: StaffUserRow;
}

// One database read per request, however many times a route asks.
const loaded = new WeakMap<FastifyRequest, Promise<LoadedSession | null>>();

async function readSession(request: FastifyRequest): Promise<LoadedSession | null> {
  const { db, now: clock, config } = request.server.ctx;
  const token = request.cookies[identityCookies(config.http.cookieSecure).session];
  if (!isSessionToken(token)) return null;
  const now = clock();
  const tokenHash = hashSessionToken(token);
  const found = await getLiveSession(
    db.pool,
    tokenHash,
    now,
    new Date(now.getTime() - SESSION_LIMITS.idleMs),
  );
  if (!found) return null;
  if (now.getTime() - found.session.last_seen_at.getTime() >= SESSION_LIMITS.touchEveryMs) {
    await touchSession(db.pool, tokenHash, now);
  }
  return { tokenHash, row: found.session, user: found.user };
}

/** The caller's live session in any stage, or null (no cookie, unknown, expired, idle, or user disabled). */
export function loadSession(request: FastifyRequest): Promise<LoadedSession | null> {
  let p = loaded.get(request);
  if (!p) {
    p = readSession(request);
    loaded.set(request, p);
  }
  return p;
}

/** The signed-in staff member who passed 2FA, or null. */
export async function optionalStaff(request: FastifyRequest): Promise<StaffActor | null> {
  const session = await loadSession(request);
  return session?.row.stage === 'mfa_ok' ? toStaffActor(session.user) : null;
}

/** The signed-in staff member who passed 2FA; otherwise throws UNAUTHENTICATED (401). */
export async function requireStaff(request: FastifyRequest): Promise<StaffActor> {
  const actor = await optionalStaff(request);
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/** requireStaff, then the role policy: a role that may not take `action` gets FORBIDDEN (403). */
export async function requireStaffFor(request: FastifyRequest, action: StaffAction): Promise<StaffActor> {
  const actor = await requireStaff(request);
  if (!can(actor, action)) throw new AppError('FORBIDDEN');
  return actor;
}
