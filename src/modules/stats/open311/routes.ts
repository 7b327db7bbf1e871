import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Queryable } from '../../../db/database';
import { pickLanguage } from '../../../platform/i18n/language';
import { shippedCategories } from '../categories';
import { GeoReportError } from './georeport-errors';
import { json, type PublicAnswerCache } from '../public-cache';
import { answerAsGeoReport, sendXml } from './georeport-reply';
import { georeportXml } from './georeport-xml';
import { findPublicRequests } from './open311-queries';
import { presentRequest } from './present-request';
import { presentDiscovery } from './present-discovery';
import { presentServices } from './present-service';
import { loadRegionCentroids } from './region-centroids';
import {
  assertJurisdiction,
  REFERENCE_NUMBER,
  requestsFilterOf,
  type RequestsFilter,
} from './request-filter';
import {
  ZGeoReportDiscovery,
  ZGeoReportQuery,
  ZGeoReportRequest,
  ZGeoReportRequestsQuery,
  ZGeoReportService,
  type GeoReportQuery,
  type GeoReportRequestsQuery,
} from './schema';

export interface Open311Options {
  db: Queryable;
  now: () => Date;
  /** data/geo/region-centroids.json unless given; lat/long are left out when the file is absent. */
  centroidsFile?: string;
  /** Reuses request lists like the public statistics do (public-cache.ts); none: every call queries. */
  cache?: PublicAnswerCache;
}

const ZFile = z.object({ file: z.string().describe('<code or id>.json or <code or id>.xml') });
const splitFile = (file: string) => /^(.+)\.(json|xml)$/.exec(file)?.slice(1) as [string, string] | undefined;

/**
 * Open311 GeoReport v2, read-only and public (issue 5 §6; docs/open311.md): the statistics categories as
 * services, registered cases as requests with every personal detail withheld. Mounted at /open311/v2.
 */
export const open311Routes: FastifyPluginAsyncZod<Open311Options> = async (app, opts) => {
  const categories = shippedCategories();
  const centroids = loadRegionCentroids(opts.centroidsFile);
  const langOf = (request: FastifyRequest) => pickLanguage(request.headers['accept-language']);

  answerAsGeoReport(app);

  const services = (query: GeoReportQuery, request: FastifyRequest) => {
    assertJurisdiction(query.jurisdiction_id);
    return presentServices(categories, langOf(request));
  };
  const requests = async (request: FastifyRequest, filter: RequestsFilter) => {
    const rows = await findPublicRequests(opts.db, filter);
    return rows.map((row) => presentRequest(row, { lang: langOf(request), categories, centroids }));
  };
  const listed = (query: GeoReportRequestsQuery, request: FastifyRequest) => {
    assertJurisdiction(query.jurisdiction_id);
    return requests(request, requestsFilterOf(query, { now: opts.now(), categories }));
  };
  // ODbL 1.0 (docs/data-sources.md): API documentation names the source of the region names and codes it returns.
  const docs = (summary: string) => ({
    tags: ['open311'],
    summary,
    description:
      'Open311 GeoReport v2 (docs/open311.md); errors are [{ code, description }]. Data wilayah: idn-area-data © ' +
      'fityannugroho dan kontributor, lisensi ODbL 1.0, berdasarkan Kepmendagri 300.2.2-2138/2025.',
  });

  app.get(
    '/discovery.json',
    {
      schema: {
        ...docs('Open311 service discovery'),
        querystring: ZGeoReportQuery,
        response: { 200: ZGeoReportDiscovery },
      },
    },
    async (request) => {
      assertJurisdiction(request.query.jurisdiction_id);
      return presentDiscovery(`${request.protocol}://${request.host}`, app.prefix);
    },
  );

  const servicesDocs = docs('Services: the statistics categories of violations');
  app.get(
    '/services.json',
    {
      schema: {
        ...servicesDocs,
        querystring: ZGeoReportQuery,
        response: { 200: z.array(ZGeoReportService) },
      },
    },
    async (request) => services(request.query, request),
  );
  app.get(
    '/services.xml',
    { schema: { ...servicesDocs, querystring: ZGeoReportQuery } },
    async (request, reply) => sendXml(reply, 'services', 'service', services(request.query, request)),
  );
  app.get(
    '/services/:file',
    {
      schema: {
        ...docs('Service definition: none (metadata is false)'),
        params: ZFile,
        querystring: ZGeoReportQuery,
      },
    },
    async (request) => {
      assertJurisdiction(request.query.jurisdiction_id);
      const [code] = splitFile(request.params.file) ?? [request.params.file];
      const known = categories.all.some((c) => c.code === code);
      throw known
        ? GeoReportError.of(404, 'no_service_definition', { value: code })
        : GeoReportError.of(404, 'unknown_value', { name: 'service_code', value: code.slice(0, 60) });
    },
  );

  const requestsDocs = docs(
    'Requests: registered cases, personal data withheld; 90-day window, at most 1000',
  );
  app.get(
    '/requests.json',
    {
      schema: {
        ...requestsDocs,
        querystring: ZGeoReportRequestsQuery,
        response: { 200: z.array(ZGeoReportRequest) },
      },
    },
    async (request, reply) => {
      const list = async () => z.array(ZGeoReportRequest).parse(await listed(request.query, request));
      if (!opts.cache) return list();
      return opts.cache.answer(request, reply, async () => json(await list()));
    },
  );
  app.get(
    '/requests.xml',
    { schema: { ...requestsDocs, querystring: ZGeoReportRequestsQuery } },
    async (request, reply) => {
      const list = async () =>
        georeportXml('service_requests', 'request', await listed(request.query, request));
      if (!opts.cache) return reply.type('text/xml; charset=utf-8').send(await list());
      return opts.cache.answer(request, reply, async () => ({
        body: await list(),
        contentType: 'text/xml; charset=utf-8',
      }));
    },
  );
  app.get(
    '/requests/:file',
    {
      schema: { ...docs('One request by its reference number'), params: ZFile, querystring: ZGeoReportQuery },
    },
    async (request, reply) => {
      assertJurisdiction(request.query.jurisdiction_id);
      const [id, format] = splitFile(request.params.file) ?? [request.params.file, ''];
      const found =
        REFERENCE_NUMBER.test(id) && format ? await requests(request, { kind: 'ids', ids: [id] }) : [];
      if (found.length === 0) throw GeoReportError.of(404, 'request_not_found', { value: id.slice(0, 60) });
      return format === 'xml'
        ? sendXml(reply, 'service_requests', 'request', found)
        : reply.type('application/json; charset=utf-8').send(z.array(ZGeoReportRequest).parse(found));
    },
  );
};
