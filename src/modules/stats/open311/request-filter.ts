// The query of GET requests turned into what the SQL needs (pure: the clock is passed in). GeoReport v2: a list
// of service_request_id overrides every other argument; otherwise the window of requested_datetime defaults to the
// last 90 days and may not span more; service_code and status narrow it.
import { addCalendarDays, jakartaDate, type IsoDate } from '../../../platform/calendar';
import type { CategoryCatalogue } from '../categories';
import { GeoReportError, type GeoReportMessage } from './georeport-errors';
import {
  JURISDICTION_ID,
  MAX_REQUEST_IDS,
  MAX_RESULTS,
  MAX_WINDOW_DAYS,
  W3C_DATETIME,
  type GeoReportRequestsQuery,
} from './schema';

export const REFERENCE_NUMBER = /^NTR-\d{4}-\d{6,}$/;
const DAY_MS = 86_400_000;
const MAX_PAGE = 1_000_000;

/** Case forms a service_code filter keeps: the mapped forms of the codes, and unmapped ones for the fallback. */
export interface FormFilter {
  formCodes: string[];
  includeUnmapped: boolean;
  allMappedFormCodes: string[];
}

export type RequestsFilter =
  | { kind: 'ids'; ids: string[] }
  | {
      kind: 'window';
      /** Requested (first intake received) on these Jakarta days, inclusive. */
      fromDay: IsoDate;
      toDay: IsoDate;
      status: 'open' | 'closed' | null;
      forms: FormFilter | null;
      limit: number;
      offset: number;
    };

/** GeoReport "Optional Arguments": an empty parameter is the same as an absent one. */
export function listOf(v: string | string[] | undefined): string[] {
  const parts = (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(','));
  return [...new Set(parts.map((s) => s.trim()).filter((s) => s !== ''))];
}

const fail = (message: GeoReportMessage, params: Record<string, string | number>) =>
  GeoReportError.of(400, message, params);

export function assertJurisdiction(jurisdictionId: string | undefined): void {
  const j = jurisdictionId?.trim();
  if (j && j !== JURISDICTION_ID) throw GeoReportError.of(404, 'unknown_jurisdiction', { value: j });
}

/** An instant from a W3C datetime; a bare day is its midnight in Asia/Jakarta. */
function instantOf(name: string, value: string | undefined): number | null {
  const v = value?.trim();
  if (!v) return null;
  const t = W3C_DATETIME.test(v) ? Date.parse(v.length === 10 ? `${v}T00:00:00+07:00` : v) : NaN;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  if (Number.isNaN(t) || day.getUTCMonth() !== (m ?? 0) - 1 || day.getUTCDate() !== d)
    throw fail('invalid_date', { name, value: v.slice(0, 40) });
  return t;
}

function wholeNumber(name: string, value: string | undefined, max: number, fallback: number): number {
  const v = value?.trim();
  if (!v) return fallback;
  const n = /^\d{1,7}$/.test(v) ? Number(v) : 0;
  if (n < 1 || n > max) throw fail('invalid_number', { name, max });
  return n;
}

/** The Jakarta days whose midnight lies in [start, end]: requested_datetime is a day at 00:00 WIB. */
function daysWithin(start: number, end: number): { fromDay: IsoDate; toDay: IsoDate } {
  const first = jakartaDate(new Date(start));
  const midnight = Date.parse(`${first}T00:00:00+07:00`);
  return {
    fromDay: midnight < start ? addCalendarDays(first, 1) : first,
    toDay: jakartaDate(new Date(end)),
  };
}

function formFilterOf(codes: string[], catalogue: CategoryCatalogue): FormFilter | null {
  const unknown = codes.filter((c) => !catalogue.all.some((x) => x.code === c));
  if (unknown.length > 0)
    throw new GeoReportError(
      400,
      unknown.map((value) => ({ message: 'unknown_value', params: { name: 'service_code', value } })),
    );
  if (codes.length === 0) return null;
  const chosen = catalogue.file.categories.filter((c) => codes.includes(c.code));
  return {
    formCodes: chosen.flatMap((c) => c.formCodes),
    includeUnmapped: codes.includes(catalogue.file.fallback.code),
    allMappedFormCodes: catalogue.file.categories.flatMap((c) => c.formCodes),
  };
}

export function requestsFilterOf(
  q: GeoReportRequestsQuery,
  opts: { now: Date; categories: CategoryCatalogue },
): RequestsFilter {
  const ids = listOf(q.service_request_id);
  if (ids.length > MAX_REQUEST_IDS) throw fail('too_many_ids', { max: MAX_REQUEST_IDS });
  const badId = ids.find((id) => !REFERENCE_NUMBER.test(id));
  if (badId !== undefined) throw fail('unknown_value', { name: 'service_request_id', value: badId });

  const statuses = listOf(q.status);
  const badStatus = statuses.find((s) => s !== 'open' && s !== 'closed');
  if (badStatus !== undefined) throw fail('unknown_value', { name: 'status', value: badStatus });
  const forms = formFilterOf(listOf(q.service_code), opts.categories);
  const pageSize = wholeNumber('page_size', q.page_size, MAX_RESULTS, MAX_RESULTS);
  const page = wholeNumber('page', q.page, MAX_PAGE, 1);

  const span = MAX_WINDOW_DAYS * DAY_MS;
  const givenStart = instantOf('start_date', q.start_date);
  const givenEnd = instantOf('end_date', q.end_date);
  if (ids.length > 0) return { kind: 'ids', ids };
  // One bound given: the other is 90 days away from it; none: the last 90 days up to now.
  const end = givenEnd ?? (givenStart === null ? opts.now.getTime() : givenStart + span);
  const start = givenStart ?? end - span;
  if (end < start) throw fail('range_reversed', {});
  if (end - start > span) throw fail('range_too_wide', { days: MAX_WINDOW_DAYS });
  return {
    kind: 'window',
    ...daysWithin(start, end),
    status: statuses.length === 1 ? (statuses[0] as 'open' | 'closed') : null,
    forms,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}
