import type { Actor } from '../../platform/audit';
import type { RoleScope } from './schema';

/**
 * A signed-in staff member who has passed 2FA. `role` and `scope` form a discriminated union, so
 * `if (actor.role === 'ppk_staf') actor.scope.agencyCode` type-checks.
 */
export type StaffActor = RoleScope & {
  id: string;
  email: string;
  name: string;
  isDemo: boolean;
  locale: 'id' | 'en' | null;
};

/** How a staff member appears in the audit trail. */
export function auditActorOf(actor: Pick<StaffActor, 'id' | 'email'>): Actor {
  return { id: actor.id, label: actor.email };
}
