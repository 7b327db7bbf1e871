// Case documents: metadata rows (the bytes are in the blob store), read through the document audience rule.
import type { Queryable } from '../../../db/database';
import type { StaffRole } from '../../identity';
import type { CaseDocument } from '../case-api-schema';
import { documentRolesReadableBy } from '../policy';

export interface DocumentRow {
  id: string;
  case_id: string;
  kind: CaseDocument['kind'];
  file_name: string;
  media_type: CaseDocument['mediaType'];
  size_bytes: number;
  sha256: string;
  uploaded_by_role: string;
  uploaded_at: Date;
}

const COLUMNS = 'id, case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by_role, uploaded_at';

export async function insertDocument(
  tx: Queryable,
  d: Omit<DocumentRow, 'id'> & { uploaded_by: string },
): Promise<DocumentRow> {
  const { rows } = await tx.query<DocumentRow>(
    `INSERT INTO case_documents (case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by,
       uploaded_by_role, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [
      d.case_id,
      d.kind,
      d.file_name,
      d.media_type,
      d.size_bytes,
      d.sha256,
      d.uploaded_by,
      d.uploaded_by_role,
      d.uploaded_at,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insertDocument returned no row');
  return row;
}

/** The documents of a case the role may read (the case's own visibility is checked by the caller). */
export async function findDocuments(db: Queryable, caseId: string, role: StaffRole): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${COLUMNS} FROM case_documents WHERE case_id = $1 AND uploaded_by_role = ANY($2::text[])
      ORDER BY uploaded_at, id`,
    [caseId, documentRolesReadableBy(role)],
  );
  return rows;
}

export async function findDocument(
  db: Queryable,
  caseId: string,
  documentId: string,
  role: StaffRole,
): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${COLUMNS} FROM case_documents WHERE case_id = $1 AND id = $2 AND uploaded_by_role = ANY($3::text[])`,
    [caseId, documentId, documentRolesReadableBy(role)],
  );
  return rows[0];
}

/** Which of `ids` are documents of this case the role may read (an action may only cite those). */
export async function existingDocumentIds(
  db: Queryable,
  caseId: string,
  ids: string[],
  role: StaffRole,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM case_documents WHERE case_id = $1 AND id = ANY($2::uuid[]) AND uploaded_by_role = ANY($3::text[])`,
    [caseId, ids, documentRolesReadableBy(role)],
  );
  return new Set(rows.map((r) => r.id));
}
