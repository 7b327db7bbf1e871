// All SQL of the identity module.
import type { Queryable } from '../../db/database';
import type { FailureCounters } from './login-throttle';

export interface StaffUserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  scope: Record<string, unknown>;
  locale: 'id' | 'en' | null;
  password_hash: string;
  totp_secret_sealed: string | null;
  totp_enrolled_at: Date | null;
  totp_last_counter: number | null;
  failed_attempts: number;
  consecutive_lockouts: number;
  locked_until: Date | null;
  is_demo: boolean;
  disabled_at: Date | null;
  disabled_reason: string | null;
  created_at: Date;
}

const USER_COLUMNS = `u.id, u.email, u.name, u.role, u.scope, u.locale, u.password_hash, u.totp_secret_sealed,
  u.totp_enrolled_at, u.totp_last_counter, u.failed_attempts, u.consecutive_lockouts, u.locked_until, u.is_demo,
  u.disabled_at,
  u.disabled_reason, u.created_at`;

export interface NewStaffUser {
  email: string;
  name: string;
  role: string;
  scope: Record<string, unknown>;
  locale: 'id' | 'en' | null;
  passwordHash: string;
  isDemo: boolean;
  totpSecretSealed: string | null;
  createdAt: Date;
}

/** Inserts a user, or returns undefined when the e-mail is taken. */
export async function insertStaffUser(
  tx: Queryable,
  u: NewStaffUser & { id: string },
): Promise<StaffUserRow | undefined> {
  const { rows } = await tx.query<StaffUserRow>(
    `INSERT INTO staff_users AS u (id, email, name, role, scope, locale, password_hash, is_demo, totp_secret_sealed,
       totp_enrolled_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9::text IS NULL THEN NULL ELSE $10::timestamptz END, $10)
     ON CONFLICT (email) DO NOTHING
     RETURNING ${USER_COLUMNS}`,
    [
      u.id,
      u.email,
      u.name,
      u.role,
      JSON.stringify(u.scope),
      u.locale,
      u.passwordHash,
      u.isDemo,
      u.totpSecretSealed,
      u.createdAt,
    ],
  );
  return rows[0];
}

export async function getUserByEmail(q: Queryable, email: string): Promise<StaffUserRow | undefined> {
  const { rows } = await q.query<StaffUserRow>(
    `SELECT ${USER_COLUMNS} FROM staff_users u WHERE u.email = $1`,
    [email],
  );
  return rows[0];
}

export async function getUserById(
  q: Queryable,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<StaffUserRow | undefined> {
  const { rows } = await q.query<StaffUserRow>(
    `SELECT ${USER_COLUMNS} FROM staff_users u WHERE u.id = $1${opts.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0];
}

export async function findUsers(
  q: Queryable,
  page: { limit: number; offset: number },
): Promise<{ rows: StaffUserRow[]; total: number }> {
  const [list, count] = await Promise.all([
    q.query<StaffUserRow>(`SELECT ${USER_COLUMNS} FROM staff_users u ORDER BY u.email LIMIT $1 OFFSET $2`, [
      page.limit,
      page.offset,
    ]),
    q.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_users'),
  ]);
  return { rows: list.rows, total: count.rows[0]?.n ?? 0 };
}

export async function countStaffUsers(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_users');
  return rows[0]?.n ?? 0;
}

/** Whether the demo accounts were seeded (a demo instance). */
export async function hasDemoStaff(q: Queryable): Promise<boolean> {
  const { rows } = await q.query<{ yes: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM staff_users WHERE is_demo) AS yes',
  );
  return rows[0]?.yes ?? false;
}

export async function markUserDisabled(
  tx: Queryable,
  id: string,
  reason: string,
  at: Date,
): Promise<StaffUserRow | undefined> {
  const { rows } = await tx.query<StaffUserRow>(
    `UPDATE staff_users u SET disabled_at = $2, disabled_reason = $3 WHERE u.id = $1 AND u.disabled_at IS NULL
     RETURNING ${USER_COLUMNS}`,
    [id, at, reason],
  );
  return rows[0];
}

/**
 * Writes the lock-out counters computed by `afterFailedStep` from the row read FOR UPDATE in the same
 * transaction: the row lock, not this statement, is what makes concurrent failures count one after another.
 */
export async function saveFailureCounters(tx: Queryable, id: string, c: FailureCounters): Promise<void> {
  await tx.query(
    `UPDATE staff_users SET failed_attempts = $2, consecutive_lockouts = $3, locked_until = $4 WHERE id = $1`,
    [id, c.failedAttempts, c.consecutiveLockouts, c.lockedUntil],
  );
}

/**
 * Accepts a TOTP step: only when it is newer than the last accepted one (RFC 6238 §5.2: a code must not be
 * accepted twice), only when the account is not locked, and, at enrolment, only while no seed is enrolled (a
 * second half-finished enrolment must not replace the first seed). The checks and the write are one statement,
 * so two nodes cannot both accept one code. A full sign-in clears the failure and lock-out counts.
 */
export async function acceptTotpStep(
  tx: Queryable,
  id: string,
  step: number,
  enrol: { sealedSecret: string; at: Date } | undefined,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE staff_users u SET totp_last_counter = $2, failed_attempts = 0, consecutive_lockouts = 0,
       locked_until = NULL,
       totp_secret_sealed = CASE WHEN $3::text IS NULL THEN u.totp_secret_sealed ELSE $3::text END,
       totp_enrolled_at = CASE WHEN $3::text IS NULL THEN u.totp_enrolled_at ELSE $4::timestamptz END
     WHERE u.id = $1 AND (u.totp_last_counter IS NULL OR u.totp_last_counter < $2)
       AND (u.locked_until IS NULL OR u.locked_until <= $5::timestamptz)
       AND ($3::text IS NULL OR u.totp_secret_sealed IS NULL)`,
    [id, step, enrol?.sealedSecret ?? null, enrol?.at ?? null, now],
  );
  return rowCount === 1;
}

// ---- Sessions ---------------------------------------------------------------------------------------------------

export interface SessionRow {
  token_hash: string;
  user_id: string;
  stage: 'password_ok' | 'mfa_ok';
  pending_totp_sealed: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function insertSession(
  tx: Queryable,
  s: {
    tokenHash: string;
    userId: string;
    stage: SessionRow['stage'];
    pendingTotpSealed: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO staff_sessions (token_hash, user_id, stage, pending_totp_sealed, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $5, $6)`,
    [s.tokenHash, s.userId, s.stage, s.pendingTotpSealed, s.now, s.expiresAt],
  );
}

/** A live session (not expired, not idle too long) with its user; disabled users' sessions are not returned. */
export async function getLiveSession(
  q: Queryable,
  tokenHash: string,
  now: Date,
  idleSince: Date,
): Promise<{ session: SessionRow; user: StaffUserRow } | undefined> {
  type Row = StaffUserRow & {
    s_stage: SessionRow['stage'];
    s_pending: string | null;
    s_created: Date;
    s_seen: Date;
    s_expires: Date;
  };
  const { rows } = await q.query<Row>(
    `SELECT ${USER_COLUMNS}, s.stage AS s_stage, s.pending_totp_sealed AS s_pending, s.created_at AS s_created,
       s.last_seen_at AS s_seen, s.expires_at AS s_expires
     FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.disabled_at IS NULL`,
    [tokenHash, now, idleSince],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { s_stage, s_pending, s_created, s_seen, s_expires, ...user } = row;
  const session: SessionRow = {
    token_hash: tokenHash,
    user_id: user.id,
    stage: s_stage,
    pending_totp_sealed: s_pending,
    created_at: s_created,
    last_seen_at: s_seen,
    expires_at: s_expires,
  };
  return { session, user };
}

/** A session row by its token hash (any stage, expired or not): the caller checks what it needs. */
export async function getSessionRow(q: Queryable, tokenHash: string): Promise<SessionRow | undefined> {
  const { rows } = await q.query<SessionRow>(
    `SELECT token_hash, user_id, stage, pending_totp_sealed, created_at, last_seen_at, expires_at
     FROM staff_sessions WHERE token_hash = $1`,
    [tokenHash],
  );
  return rows[0];
}

export async function touchSession(q: Queryable, tokenHash: string, now: Date): Promise<void> {
  await q.query('UPDATE staff_sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now]);
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<string | undefined> {
  const { rows } = await q.query<{ user_id: string }>(
    'DELETE FROM staff_sessions WHERE token_hash = $1 RETURNING user_id',
    [tokenHash],
  );
  return rows[0]?.user_id;
}

export async function deleteSessionsOfUser(
  q: Queryable,
  userId: string,
  stage?: SessionRow['stage'],
): Promise<void> {
  await q.query('DELETE FROM staff_sessions WHERE user_id = $1 AND ($2::text IS NULL OR stage = $2)', [
    userId,
    stage ?? null,
  ]);
}

/** Housekeeping on each sign-in: sessions past their absolute or idle limit are of no use to anyone. */
export async function deleteDeadSessions(q: Queryable, now: Date, idleSince: Date): Promise<void> {
  await q.query('DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, idleSince]);
}

// ---- Audit trail (read side) -------------------------------------------------------------------------------------

export interface AuditRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
}

export async function findAuditEntries(
  q: Queryable,
  filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2)`;
  const args = [filter.entityType ?? null, filter.entityId ?? null];
  const [list, count] = await Promise.all([
    q.query<AuditRow>(
      `SELECT seq, at, actor_id, actor_label, action, entity_type, entity_id, data FROM audit_log ${where}
       ORDER BY seq DESC LIMIT $3 OFFSET $4`,
      [...args, filter.limit, filter.offset],
    ),
    q.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log ${where}`, args),
  ]);
  return { rows: list.rows, total: count.rows[0]?.n ?? 0 };
}
