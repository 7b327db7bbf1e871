// A public case as a GeoReport v2 request (pure). What leaves the server is built only from the category, the
// election and its phase, the state, the region and the agency holding the case: never a subject's name, NIP or
// jabatan, the intake summary, the act's place, documents or anything about a reporter. Times carry the day only
// (00:00 WIB): a time of day could point at a reporter.
import { jakartaDate } from '../../../platform/calendar';
import type { Language } from '../../../platform/i18n/language';
import { CASE_STATE_INFO, type CaseProgress, type CaseState } from '../../cases';
import type { CategoryCatalogue } from '../categories';
import { dimensionLabel } from '../dimension-labels';
import type { PublicRequestRow } from './open311-queries';
import type { LatLong } from './region-centroids';
import type { GeoReportRequest } from './schema';

const BKN = 'Badan Kepegawaian Negara';
// REF §0: a conflicted PPK's case goes to Kemendagri (pemda) or KemenPANRB (central agencies).
const SUPERVISORS: Record<string, string> = {
  kemendagri: 'Kementerian Dalam Negeri',
  kemenpanrb: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
};

export interface PresentContext {
  lang: Language;
  categories: CategoryCatalogue;
  centroids: ReadonlyMap<string, LatLong>;
}

const wib = (day: string, time: string) => `${day}T${time}+07:00`;
const stateInfo = (state: string | null) =>
  state !== null && state in CASE_STATE_INFO ? CASE_STATE_INFO[state as CaseState] : undefined;
const progressOf = (state: string | null): CaseProgress | null => stateInfo(state)?.progress ?? null;

/** Who holds the case now; for a closed case, who held it last. */
export function agencyResponsible(row: PublicRequestRow): string | null {
  const holder = row.progress === 'closed' ? progressOf(row.closed_from) : progressOf(row.state);
  switch (holder) {
    case 'intake':
    case 'bawaslu':
      // UU 7/2017: the Bawaslu of the act's area handles it; a province-level case goes to Bawaslu Provinsi.
      return row.area_code.length === 2 ? `Bawaslu Provinsi ${row.area_name}` : `Bawaslu ${row.area_name}`;
    case 'bkn':
      return BKN;
    case 'ppk':
      if (row.ppk_conflicted && row.agency_supervisor) return SUPERVISORS[row.agency_supervisor] ?? null;
      return row.agency_name && row.ppk_title ? `${row.ppk_title} (${row.agency_name})` : row.agency_name;
    default:
      return null;
  }
}

/** A sentence anyone may read: the category, the election and where the act fell in its calendar. */
function describe(row: PublicRequestRow, categoryLabel: string, lang: Language): string {
  const phase = row.campaign_relation ? dimensionLabel('phase', row.campaign_relation, lang) : undefined;
  const text =
    lang === 'id'
      ? `Dugaan pelanggaran netralitas ASN: ${categoryLabel}. Pemilihan: ${row.election_name}.` +
        (phase ? ` Waktu perbuatan: ${phase.toLowerCase()}.` : '')
      : `Alleged breach of civil-servant (ASN) neutrality: ${categoryLabel}. Election: ${row.election_name}.` +
        (phase ? ` When: ${phase.toLowerCase()}.` : '');
  return row.is_demo ? `[DEMO] ${text}` : text;
}

export function presentRequest(row: PublicRequestRow, ctx: PresentContext): GeoReportRequest {
  const category = ctx.categories.of(row.form_code);
  const categoryLabel = ctx.lang === 'id' ? category.labelId : category.labelEn;
  const info = stateInfo(row.state);
  const point = ctx.centroids.get(row.area_code);
  const address =
    row.area_code.length === 2
      ? `Provinsi ${row.area_name}, Indonesia`
      : `${row.area_name}, ${row.province_name}, Indonesia`;
  return {
    service_request_id: row.reference_number,
    status: row.progress === 'closed' ? 'closed' : 'open',
    status_notes: info ? (ctx.lang === 'id' ? info.labelId : info.labelEn) : null,
    service_name: categoryLabel,
    service_code: category.code,
    description: describe(row, categoryLabel, ctx.lang),
    agency_responsible: agencyResponsible(row),
    service_notice: null,
    requested_datetime: wib(row.requested_on, '00:00:00'),
    updated_datetime: wib(jakartaDate(row.updated_at), '00:00:00'),
    expected_datetime: row.due_on ? wib(row.due_on, '23:59:59') : null,
    address,
    address_id: row.area_code,
    zipcode: null,
    ...(point ? { lat: point.lat, long: point.long } : {}),
    media_url: null,
  };
}
