import type { StaffRole } from '../../../modules/identity/schema';

/** The message key of each role's Indonesian/English label (the UI never shows the raw role code). */
const ROLE_LABEL_KEYS = {
  admin: 'roles.admin',
  bawaslu_staf: 'roles.bawaslu_staf',
  bawaslu_pimpinan: 'roles.bawaslu_pimpinan',
  bkn_analis: 'roles.bkn_analis',
  bkn_pejabat: 'roles.bkn_pejabat',
  ppk_staf: 'roles.ppk_staf',
  supervisor_kemendagri: 'roles.supervisor_kemendagri',
  supervisor_kemenpanrb: 'roles.supervisor_kemenpanrb',
  ombudsman_pengawas: 'roles.ombudsman_pengawas',
  custodian: 'roles.custodian',
} as const satisfies Record<StaffRole, string>;

export function roleLabelKey(role: StaffRole): (typeof ROLE_LABEL_KEYS)[StaffRole] {
  return ROLE_LABEL_KEYS[role];
}
