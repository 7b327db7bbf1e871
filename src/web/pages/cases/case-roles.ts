import type { CaseDetail } from '../../../modules/cases/case-api-schema';
import { BAWASLU_OPEN } from '../../../modules/cases/transitions/transition-rule';
import type { StaffRole } from '../../../modules/identity/schema';

/** Bawaslu records a laporan or temuan (Perbawaslu 7/2022); the server refuses anyone else (create-intake.ts). */
export function canRecordIntake(role: StaffRole): boolean {
  return role === 'bawaslu_staf' || role === 'bawaslu_pimpinan';
}

/** Another laporan or temuan joins a case while Bawaslu still handles it (add-intake.ts refuses it later on). */
export function canAddIntake(role: StaffRole, state: CaseDetail['state']): boolean {
  return canRecordIntake(role) && (BAWASLU_OPEN as readonly string[]).includes(state);
}

/** The PPK portal: the agency's PPK staff, and the supervisors who step in when a PPK does not act. */
export function canUsePpkPortal(role: StaffRole): boolean {
  return ['ppk_staf', 'supervisor_kemendagri', 'supervisor_kemenpanrb', 'admin'].includes(role);
}

/** Everyone but the custodian reads cases (the custodian unseals identities, never case files). */
export function canReadCases(role: StaffRole): boolean {
  return role !== 'custodian';
}
