import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, isAppError, type ErrorCode } from '../errors/app-error';
import { errorMessage } from '../errors/error-messages';
import { pickLanguage } from '../i18n/language';
import { validationFields } from './validation-fields';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: { path: string; message: string }[] };
}

/** PostgreSQL errors caused by the value sent (class 22: data exception), never by our code. */
const PG_INPUT_ERRORS = new Set(['22021', '22P05', '22001', '22003', '22007', '22008']);

/** Fastify's own 4xx errors mapped onto our closed set of codes. */
function fromFastifyError(err: FastifyError): AppError | undefined {
  const status = err.statusCode ?? 500;
  if (status >= 500) return undefined;
  if (err.code?.startsWith('FST_CSRF')) return new AppError('CSRF_INVALID');
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status === 404) return new AppError('NOT_FOUND');
  if (status === 405) return new AppError('METHOD_NOT_ALLOWED');
  if (status === 401) return new AppError('UNAUTHENTICATED');
  if (status === 403) return new AppError('FORBIDDEN');
  return new AppError('BAD_REQUEST', { params: { reason: err.message } });
}

export function sendError(request: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const lang = pickLanguage(request.headers['accept-language']);
  const body: ErrorBody = { error: { code: err.code, message: errorMessage(err.code, lang, err.params) } };
  if (err.fields?.length) body.error.fields = err.fields;
  if (err.details) Object.assign(body.error, err.details);
  return reply.status(ERROR_STATUS[err.code]).header('content-language', lang).send(body);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const lang = pickLanguage(request.headers['accept-language']);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = validationFields(err.validation, err.validationContext ?? 'body', lang);
      return sendError(request, reply, new AppError('VALIDATION_FAILED', { fields }));
    }
    if (isAppError(err)) return sendError(request, reply, err);
    const pgCode = (err as { code?: unknown }).code;
    if (typeof pgCode === 'string' && PG_INPUT_ERRORS.has(pgCode)) {
      // Backstop: input that should have been refused by its schema, but reached PostgreSQL.
      request.log.warn({ pgCode, path: request.url.split('?')[0] }, 'input refused by the database');
      return sendError(
        request,
        reply,
        new AppError('BAD_REQUEST', { params: { reason: 'invalid characters or value' } }),
      );
    }
    if (!isResponseSerializationError(err)) {
      const mapped = fromFastifyError(err);
      if (mapped) return sendError(request, reply, mapped);
    }
    // A 500 is our bug: log it once, without request bodies (they may hold personal data).
    request.log.error(
      { err: { type: err.name, message: err.message, stack: err.stack, code: err.code } },
      'unhandled error',
    );
    return sendError(request, reply, new AppError('INTERNAL'));
  });
}
