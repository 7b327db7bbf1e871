// How the Open311 routes answer: XML or JSON by the URL's extension, and every error (ours, a failed schema,
// Fastify's own, a 404) as a GeoReport error list instead of the app's { error: … } shape.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pickLanguage } from '../../../platform/i18n/language';
import { GeoReportError } from './georeport-errors';
import { georeportXml, type XmlRecord } from './georeport-xml';

export type GeoReportFormat = 'json' | 'xml';

export const formatOf = (url: string): GeoReportFormat =>
  (url.split('?')[0] ?? '').endsWith('.xml') ? 'xml' : 'json';

export function sendXml(reply: FastifyReply, root: string, item: string, records: readonly XmlRecord[]) {
  return reply.type('text/xml; charset=utf-8').send(georeportXml(root, item, records));
}

/** Schema failures name the parameter: an unknown one, or one given in a shape GeoReport does not allow. */
function fromValidation(err: FastifyError): GeoReportError {
  const issues = err.validation ?? [];
  return new GeoReportError(
    400,
    issues.flatMap(
      (v): { message: 'unknown_parameter' | 'invalid_parameter'; params: { name: string } }[] => {
        const keys = (v.params as { keys?: unknown }).keys;
        if (v.keyword === 'unrecognized_keys' && Array.isArray(keys))
          return keys.map((k) => ({ message: 'unknown_parameter', params: { name: String(k) } }));
        const name = v.instancePath.split('/').filter(Boolean)[0] ?? err.validationContext ?? 'query';
        return [{ message: 'invalid_parameter', params: { name } }];
      },
    ),
  );
}

export function toGeoReportError(err: FastifyError | GeoReportError): GeoReportError {
  if (err instanceof GeoReportError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) return fromValidation(err);
  const status = err.statusCode ?? 500;
  if (status === 404) return GeoReportError.of(404, 'not_found', { value: '' });
  if (status >= 400 && status < 500) return GeoReportError.of(400, 'bad_request');
  return GeoReportError.of(500, 'internal');
}

export function sendGeoReportError(request: FastifyRequest, reply: FastifyReply, e: GeoReportError) {
  const body = e.body(pickLanguage(request.headers['accept-language']));
  reply.status(e.status);
  if (e.status >= 500) reply.header('cache-control', 'no-store');
  if (e.status === 405) reply.header('allow', 'GET, HEAD');
  return formatOf(request.url) === 'xml'
    ? sendXml(reply, 'errors', 'error', body)
    : reply.type('application/json; charset=utf-8').send(body);
}

type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * In the plugin's own context (the rest of the app keeps its handlers): errors and unknown URLs as GeoReport
 * errors, and the headers of a public, cacheable, cross-origin read API.
 */
export function answerAsGeoReport(app: ZodApp): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const e = toGeoReportError(err);
    // A 500 is our bug: logged once, without the query string.
    if (e.status >= 500)
      request.log.error({ err: { type: err.name, message: err.message, stack: err.stack } }, 'open311 error');
    return sendGeoReportError(request, reply, e);
  });
  app.setNotFoundHandler((request, reply) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    const path = (request.url.split('?')[0] ?? '').slice(0, 120);
    const e = isRead
      ? GeoReportError.of(404, 'not_found', { value: path })
      : GeoReportError.of(405, 'read_only');
    return sendGeoReportError(request, reply, e);
  });
  app.addHook('onRequest', async (_request, reply) => {
    // Public data that changes slowly; names follow Accept-Language; browser clients on other origins may read.
    reply.header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
    reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
  });
}
