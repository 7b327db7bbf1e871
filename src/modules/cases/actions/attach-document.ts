// A staff member attaches a document to a case: the bytes into the blob store (sniffed, size-capped), the
// metadata row and an audit entry in one transaction. Steps then cite it in their documentIds.
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { withTransaction } from '../../../db/database';
import type { Pool } from 'pg';
import { appendAudit } from '../../../platform/audit';
import { BlobRefusedError, BlobTooLargeError, type BlobStore } from '../../../platform/blobs/blob-store';
import { AppError } from '../../../platform/errors/app-error';
import { auditActorOf, type StaffActor } from '../../identity';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MEDIA_TYPES,
  ZDocumentKind,
  type CaseDocument,
} from '../case-api-schema';
import { mayAttachDocuments } from '../policy';
import { findVisibleCase, insertDocument } from '../queries';
import { toCaseDocument } from '../present';

export interface AttachDocumentArgs {
  actor: StaffActor;
  caseId: string;
  kind: unknown;
  fileName: string;
  content: Readable;
  now: Date;
}

/** The stored name: no path, no control characters, at most 255 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'dokumen';
}

export async function attachDocument(
  pool: Pool,
  blobs: BlobStore,
  args: AttachDocumentArgs,
): Promise<CaseDocument> {
  const { actor, caseId, now } = args;
  // Out of scope answers 404 before anything else is said or stored.
  if (!(await findVisibleCase(pool, actor, caseId))) throw new AppError('NOT_FOUND');
  if (!mayAttachDocuments(actor.role)) throw new AppError('FORBIDDEN');
  const kind = ZDocumentKind.safeParse(args.kind);
  if (!kind.success)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'kind', message: kind.error.issues[0]?.message ?? 'invalid' }],
    });
  const sniffed: { mediaType?: (typeof DOCUMENT_MEDIA_TYPES)[number] } = {};
  // The type is sniffed from the bytes before they enter the store: a refused file leaves nothing behind.
  const accept = async (head: Buffer, sizeBytes: number) => {
    const mime = (await fileTypeFromBuffer(head))?.mime;
    sniffed.mediaType = DOCUMENT_MEDIA_TYPES.find((m) => m === mime);
    return sniffed.mediaType !== undefined && sizeBytes > 0;
  };
  const stored = await blobs
    .put(args.content, { maxBytes: DOCUMENT_MAX_BYTES, accept })
    .catch((err: unknown) => {
      if (err instanceof BlobTooLargeError)
        throw new AppError('PAYLOAD_TOO_LARGE', {
          params: { limit: `${DOCUMENT_MAX_BYTES / 1024 / 1024} MB` },
        });
      if (err instanceof BlobRefusedError)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'file', message: 'must be a PDF, JPEG or PNG file' }],
        });
      throw err;
    });
  const { mediaType } = sniffed;
  if (mediaType === undefined) throw new Error('attachDocument: accepted content without a media type');
  const row = await withTransaction(pool, async (tx) => {
    const doc = await insertDocument(tx, {
      case_id: caseId,
      kind: kind.data,
      file_name: cleanFileName(args.fileName),
      media_type: mediaType,
      size_bytes: stored.sizeBytes,
      sha256: stored.sha256,
      uploaded_by: actor.id,
      uploaded_by_role: actor.role,
      uploaded_at: now,
    });
    await appendAudit(
      tx,
      auditActorOf(actor),
      {
        action: 'case.document_attached',
        entityType: 'case',
        entityId: caseId,
        data: { documentId: doc.id, kind: doc.kind, sha256: doc.sha256, sizeBytes: doc.size_bytes },
      },
      now,
    );
    return doc;
  });
  return toCaseDocument(row);
}
