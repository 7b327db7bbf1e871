// Who may unseal a reporter's identity. Pure; the scope check (which cases a Bawaslu officer sees) is visibleTo's.
import type { StaffRole } from '../identity';

/**
 * The custodian unseals for any case without reading its file (ARCHITECTURE.md §6; separation of duties).
 * Bawaslu staff and leadership of the case's area may unseal too: they must invite the reporter to clarification
 * and tell them the outcome (Perbawaslu 7/2022), and they received the laporan in the first place. Both are
 * audited the same way. BKN, the PPK side, the supervisors and the Ombudsman never learn who reported (issue 4
 * §6: "no reporter identity, ever"), nor does the technical admin.
 */
const UNSEALING_ROLES: readonly StaffRole[] = ['custodian', 'bawaslu_staf', 'bawaslu_pimpinan'];

export function mayUnsealReporter(role: StaffRole): boolean {
  return UNSEALING_ROLES.includes(role);
}

/** The custodian reaches a reporter by case and reporter id alone: case files are not theirs to read. */
export function unsealsWithoutCaseAccess(role: StaffRole): boolean {
  return role === 'custodian';
}
