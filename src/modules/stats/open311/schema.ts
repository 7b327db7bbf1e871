// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2): the query parameters Netra accepts and the records it
// returns. The output schemas ARE the GeoReport v2 field list, strict: a field the spec does not name is refused.
import { z } from 'zod';

/** The one jurisdiction this endpoint serves; clients may send it or leave it out. */
export const JURISDICTION_ID = 'netra';
/** GeoReport v2 "Response Volume": a span of at most 90 days, at most 1000 requests. */
export const MAX_WINDOW_DAYS = 90;
export const MAX_RESULTS = 1000;
export const MAX_REQUEST_IDS = 100;

/** W3C datetime (a subset of ISO 8601) with the time zone the spec requires, or a bare day (taken in WIB). */
export const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** What Netra answers: seconds and an explicit offset, e.g. 2024-11-08T23:59:59+07:00. */
const ZOutputDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);

/** A parameter GeoReport allows to be comma-separated or repeated. */
const ZListParam = z.union([z.string(), z.array(z.string())]);

const common = {
  jurisdiction_id: z
    .string()
    .optional()
    .describe(`"${JURISDICTION_ID}" or absent; any other value answers 404 (unknown jurisdiction)`),
  api_key: z.string().optional().describe('Ignored: reads need no key'),
};

/** GET services, GET a service definition, GET a request, discovery: no filter but the jurisdiction. */
export const ZGeoReportQuery = z.strictObject(common);
export type GeoReportQuery = z.infer<typeof ZGeoReportQuery>;

export const ZGeoReportRequestsQuery = z.strictObject({
  ...common,
  service_request_id: ZListParam.optional().describe(
    `Reference numbers (NTR-YYYY-NNNNNN), comma-separated, at most ${MAX_REQUEST_IDS}; overrides every other filter`,
  ),
  service_code: ZListParam.optional().describe('Service codes (GET services), comma-separated'),
  start_date: z
    .string()
    .optional()
    .describe('Earliest requested_datetime, W3C datetime with a time zone, e.g. 2024-10-01T00:00:00Z'),
  end_date: z.string().optional().describe('Latest requested_datetime; the range may not span over 90 days'),
  status: ZListParam.optional().describe('open, closed or open,closed (default: both)'),
  page: z.string().optional().describe('Netra extension: page number, from 1 (default 1)'),
  page_size: z
    .string()
    .optional()
    .describe(`Netra extension: requests per page, 1–${MAX_RESULTS} (default ${MAX_RESULTS})`),
});
export type GeoReportRequestsQuery = z.infer<typeof ZGeoReportRequestsQuery>;

export const ZGeoReportService = z.strictObject({
  service_code: z.string().min(1),
  service_name: z.string().min(1),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
export type GeoReportService = z.infer<typeof ZGeoReportService>;

export const ZGeoReportRequest = z.strictObject({
  service_request_id: z.string().regex(/^NTR-\d{4}-\d{6,}$/),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string().min(1),
  service_code: z.string().min(1),
  // GeoReport: free text limited to 4,000 characters, no HTML.
  description: z.string().max(4000),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: ZOutputDateTime,
  updated_datetime: ZOutputDateTime,
  expected_datetime: ZOutputDateTime.nullable(),
  address: z.string(),
  address_id: z.string(),
  zipcode: z.string().nullable(),
  lat: z.number().min(-90).max(90).optional(),
  long: z.number().min(-180).max(180).optional(),
  media_url: z.string().nullable(),
});
export type GeoReportRequest = z.infer<typeof ZGeoReportRequest>;

export const ZGeoReportErrors = z.array(
  z.strictObject({ code: z.number().int(), description: z.string().min(1) }),
);
export type GeoReportErrors = z.infer<typeof ZGeoReportErrors>;

/** Open311 Service Discovery (wiki.open311.org/Service_Discovery). */
export const ZGeoReportDiscovery = z.strictObject({
  changeset: ZOutputDateTime,
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.strictObject({
      specification: z.string(),
      url: z.string(),
      changeset: ZOutputDateTime,
      type: z.enum(['production', 'test']),
      formats: z.array(z.string()),
    }),
  ),
});
export type GeoReportDiscovery = z.infer<typeof ZGeoReportDiscovery>;
