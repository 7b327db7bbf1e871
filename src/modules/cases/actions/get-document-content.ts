// Reading a document's bytes: through the case's access filter and the document audience rule (policy.ts).
import type { ReadStream } from 'node:fs';
import type { Queryable } from '../../../db/database';
import type { BlobStore } from '../../../platform/blobs/blob-store';
import { AppError } from '../../../platform/errors/app-error';
import type { StaffActor } from '../../identity';
import type { CaseDocument } from '../case-api-schema';
import { toCaseDocument } from '../present';
import { findDocument, findVisibleCase } from '../queries';

export async function getDocumentContent(
  db: Queryable,
  blobs: BlobStore,
  actor: StaffActor,
  caseId: string,
  documentId: string,
): Promise<{ document: CaseDocument; content: ReadStream }> {
  if (!(await findVisibleCase(db, actor, caseId))) throw new AppError('NOT_FOUND');
  const row = await findDocument(db, caseId, documentId, actor.role);
  if (!row) throw new AppError('NOT_FOUND');
  return { document: toCaseDocument(row), content: blobs.open(row.sha256) };
}
