// HTTP routes of case documents, mounted at /api/cases (src/modules/routes.ts): upload and download.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BlobStore } from '../../platform/blobs/blob-store';
import { AppError } from '../../platform/errors/app-error';
import { requireStaff } from '../identity';
import { attachDocument } from './actions/attach-document';
import { getDocumentContent } from './actions/get-document-content';
import { DOCUMENT_MAX_BYTES, ZCaseDocument, ZCaseDocumentParams, ZCaseParams } from './case-api-schema';

export const caseDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  const blobs = BlobStore.inDataDir(app.ctx.config.dataDir);
  // One file and a few small fields per request; the blob store enforces the byte limit as it streams.
  await app.register(multipart, {
    limits: { files: 1, fields: 4, fieldSize: 1024, fileSize: DOCUMENT_MAX_BYTES + 1, parts: 6 },
  });

  app.post(
    '/:id/documents',
    {
      schema: {
        tags: ['cases'],
        summary: 'Attach a document (multipart: field `kind`, then part `file`; PDF/JPEG/PNG, at most 10 MB)',
        consumes: ['multipart/form-data'],
        params: ZCaseParams,
        response: { 201: ZCaseDocument },
      },
    },
    async (request, reply) => {
      const actor = await requireStaff(request);
      if (!request.isMultipart())
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'file', message: 'send multipart/form-data' }],
        });
      const file = await request.file();
      if (!file)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'file', message: 'a file is required' }],
        });
      const kindField = file.fields.kind;
      const kind = kindField && 'value' in kindField ? kindField.value : undefined;
      const doc = await attachDocument(app.ctx.db.pool, blobs, {
        actor,
        caseId: request.params.id,
        kind,
        fileName: file.filename,
        content: file.file,
        now: app.ctx.now(),
      });
      return reply.code(201).send(doc);
    },
  );

  app.get(
    '/:id/documents/:documentId/content',
    {
      schema: {
        tags: ['cases'],
        summary: 'Download a document of a case',
        params: ZCaseDocumentParams,
      },
    },
    async (request, reply) => {
      const actor = await requireStaff(request);
      const { id, documentId } = request.params;
      const { document, content } = await getDocumentContent(app.ctx.db.pool, blobs, actor, id, documentId);
      return reply
        .header('content-type', document.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
};
