// What leaves the server about staff users.
import { ZRoleScope, type AdminUser, type RoleScope, type SessionUser } from './schema';
import type { StaffActor } from './staff-actor';
import type { AuditRow, StaffUserRow } from './queries';

/** Role and scope of a stored user, checked against the schema (a row that does not fit is our bug). */
export function roleScopeOf(row: Pick<StaffUserRow, 'role' | 'scope'>): RoleScope {
  return ZRoleScope.parse({ role: row.role, scope: row.scope });
}

export function toStaffActor(row: StaffUserRow): StaffActor {
  return {
    ...roleScopeOf(row),
    id: row.id,
    email: row.email,
    name: row.name,
    isDemo: row.is_demo,
    locale: row.locale,
  };
}

export function presentSessionUser(row: StaffUserRow): SessionUser {
  return toStaffActor(row);
}

export function presentAdminUser(row: StaffUserRow): AdminUser {
  return {
    ...toStaffActor(row),
    totpEnrolled: row.totp_enrolled_at !== null,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentAuditEntry(row: AuditRow) {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
  };
}
