// Documents for tests: a tiny real PDF, uploaded through the API or recorded on the database, and the swap of
// VALID_INPUTS' placeholder document id for a real one.
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import type { CaseDocument } from '../../src/modules/cases';
import { PLACEHOLDER_DOCUMENT_ID } from '../../src/modules/cases/workflow-test-fixtures';
import type { StaffActor } from '../../src/modules/identity';
import type { StaffSession } from './staff-session';

/** The smallest PDF file-type recognises (magic `%PDF-`), different on every call. */
export function tinyPdf(): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${crypto.randomBytes(8).toString('hex')}\n%%EOF\n`);
}

/** A multipart/form-data body with the given fields (in order) and one file part named `file`. */
export function multipartBody(
  fields: Record<string, string>,
  file: { name: string; type: string; content: Buffer },
): { payload: Buffer; contentType: string } {
  const boundary = `----netra${crypto.randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POST /api/cases/:id/documents as `session`; resolves the response. */
export function uploadDocument(
  app: FastifyInstance,
  session: StaffSession,
  caseId: string,
  opts: { kind?: string; name?: string; type?: string; content?: Buffer } = {},
) {
  const body = multipartBody(
    { kind: opts.kind ?? 'letter' },
    {
      name: opts.name ?? 'surat.pdf',
      type: opts.type ?? 'application/pdf',
      content: opts.content ?? tinyPdf(),
    },
  );
  return app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/documents`,
    headers: { ...session.headers, 'content-type': body.contentType },
    payload: body.payload,
  });
}

/** Records a document row directly (DB-level tests that drive transitionCase without HTTP). */
export async function recordDocument(pool: Pool, caseId: string, actor: StaffActor): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO case_documents (case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by,
       uploaded_by_role, uploaded_at)
     VALUES ($1, 'letter', 'surat.pdf', 'application/pdf', 32, $2, $3, $4, now()) RETURNING id`,
    [caseId, crypto.createHash('sha256').update(crypto.randomBytes(16)).digest('hex'), actor.id, actor.role],
  );
  return rows[0]?.id ?? '';
}

/** `input` with the placeholder document id replaced by `documentId`. */
export function withDocument(input: unknown, documentId: () => Promise<string>): Promise<unknown> {
  const ids = (input as { documentIds?: unknown } | null)?.documentIds;
  if (!Array.isArray(ids) || !ids.includes(PLACEHOLDER_DOCUMENT_ID)) return Promise.resolve(input);
  return documentId().then((id) => ({
    ...(input as object),
    documentIds: ids.map((d: unknown) => (d === PLACEHOLDER_DOCUMENT_ID ? id : d)),
  }));
}

export type { CaseDocument };
