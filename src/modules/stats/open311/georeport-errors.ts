// GeoReport v2 errors: an array of { code, description }, the HTTP status 400 for a request that cannot be
// fulfilled and 404 for what does not exist (spec, "Errors"). Descriptions name the parameter or value at fault,
// in the caller's language.
import type { Language } from '../../../platform/i18n/language';
import type { GeoReportErrors } from './schema';

const MESSAGES = {
  unknown_parameter: { en: 'unknown parameter: {name}', id: 'parameter tidak dikenal: {name}' },
  invalid_parameter: {
    en: '{name}: give text, comma-separated for several values',
    id: '{name}: isikan teks, dipisah koma untuk beberapa nilai',
  },
  invalid_date: {
    en: '{name}: "{value}" is not a W3C datetime with a time zone, e.g. 2024-10-01T00:00:00Z',
    id: '{name}: "{value}" bukan tanggal-waktu W3C dengan zona waktu, mis. 2024-10-01T00:00:00Z',
  },
  range_too_wide: {
    en: 'date range exceeds {days} days: narrow start_date and end_date',
    id: 'rentang tanggal melebihi {days} hari: persempit start_date dan end_date',
  },
  range_reversed: {
    en: 'end_date is before start_date',
    id: 'end_date lebih awal daripada start_date',
  },
  unknown_value: { en: '{name}: unknown value "{value}"', id: '{name}: nilai tidak dikenal "{value}"' },
  too_many_ids: {
    en: 'service_request_id: at most {max} ids at once',
    id: 'service_request_id: paling banyak {max} id sekaligus',
  },
  invalid_number: {
    en: '{name}: a whole number from 1 to {max}',
    id: '{name}: bilangan bulat dari 1 sampai {max}',
  },
  unknown_jurisdiction: {
    en: 'unknown jurisdiction_id "{value}": this endpoint serves "netra"',
    id: 'jurisdiction_id "{value}" tidak dikenal: endpoint ini melayani "netra"',
  },
  request_not_found: {
    en: 'service request {value} not found (or not public)',
    id: 'permintaan layanan {value} tidak ditemukan (atau tidak publik)',
  },
  no_service_definition: {
    en: 'service {value} has no service definition (metadata is false)',
    id: 'layanan {value} tidak memiliki definisi layanan (metadata false)',
  },
  not_found: { en: 'no such resource: {value}', id: 'sumber daya tidak ada: {value}' },
  read_only: {
    en: 'this endpoint is read-only: reports go to Bawaslu',
    id: 'endpoint ini hanya-baca: laporan disampaikan ke Bawaslu',
  },
  bad_request: { en: 'the request cannot be processed', id: 'permintaan tidak dapat diproses' },
  internal: {
    en: 'internal error: please tell the operator',
    id: 'kesalahan internal: mohon beri tahu pengelola',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type GeoReportMessage = keyof typeof MESSAGES;
type Params = Record<string, string | number>;

export function geoReportText(message: GeoReportMessage, params: Params, lang: Language): string {
  return MESSAGES[message][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A GeoReport error answer: one status, one or more messages. */
export class GeoReportError extends Error {
  override name = 'GeoReportError';
  constructor(
    readonly status: 400 | 404 | 405 | 500,
    readonly messages: readonly { message: GeoReportMessage; params?: Params }[],
  ) {
    super(messages.map((m) => m.message).join(', '));
  }

  static of(status: 400 | 404 | 405 | 500, message: GeoReportMessage, params: Params = {}): GeoReportError {
    return new GeoReportError(status, [{ message, params }]);
  }

  body(lang: Language): GeoReportErrors {
    return this.messages.map((m) => ({
      code: this.status,
      description: geoReportText(m.message, m.params ?? {}, lang),
    }));
  }
}
