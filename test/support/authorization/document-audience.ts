// Who may read a case document, as the matrix expects it: whoever sees the case, except that Bawaslu's own file
// may name the reporter, which the agency side and the Ombudsman never read (issue 4 §6).
import type { StaffRole } from '../../../src/modules/identity/schema';
import type { KnownCase } from './case-fixture';

/** A document the matrix uploaded (POST /api/cases/:id/documents), with a file name no other document has. */
export interface KnownDocument {
  id: string;
  fileName: string;
  case: KnownCase;
  uploaderRole: StaffRole;
}

const BAWASLU: readonly StaffRole[] = ['bawaslu_staf', 'bawaslu_pimpinan'];
/** "No reporter identity, ever" for the PPK and supervisors; the Ombudsman "without personal data of reporters". */
const NEVER_READ_BAWASLU_FILES: readonly StaffRole[] = [
  'ppk_staf',
  'supervisor_kemendagri',
  'supervisor_kemenpanrb',
  'ombudsman_pengawas',
];

export function isDocumentReadableBy(d: KnownDocument, role: StaffRole | null): boolean {
  if (role === null || !d.case.seenBy.includes(role)) return false;
  return !(BAWASLU.includes(d.uploaderRole) && NEVER_READ_BAWASLU_FILES.includes(role));
}
