import type { TFunction } from 'i18next';
import { STAFF_ROLES, type StaffRole } from '../../../modules/identity/schema';
import { roleLabelKey } from '../staff/role-labels';

/** A role as the server records it on an event or a document, in words; an unknown one as written. */
export function roleLabel(role: string, t: TFunction): string {
  return (STAFF_ROLES as readonly string[]).includes(role) ? t(roleLabelKey(role as StaffRole)) : role;
}
