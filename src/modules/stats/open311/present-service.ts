// A statistics category (data/reference/stats/violation-categories.json) as a GeoReport v2 service. Reports are
// not taken over Open311 (they go to Bawaslu), so no service needs a definition: metadata is false.
import type { Language } from '../../../platform/i18n/language';
import type { CategoryCatalogue } from '../categories';
import type { GeoReportService } from './schema';

export const SERVICE_GROUP = 'netralitas_asn';

export function presentServices(catalogue: CategoryCatalogue, lang: Language): GeoReportService[] {
  const formsOf = new Map(catalogue.file.categories.map((c) => [c.code, c.formCodes]));
  return catalogue.all.map((c) => {
    const name = lang === 'id' ? c.labelId : c.labelEn;
    const other = lang === 'id' ? c.labelEn : c.labelId;
    return {
      service_code: c.code,
      service_name: name,
      description:
        lang === 'id'
          ? `Dugaan pelanggaran netralitas ASN dalam kategori: ${name}.`
          : `Alleged breaches of civil-servant (ASN) neutrality in the category: ${name}.`,
      metadata: false,
      type: 'realtime',
      // The category code, its label in the other language, and the violation forms of the legal catalogue it
      // groups (e.g. pp94-5n-1): what a client may search the service by.
      keywords: [c.code.replace(/_/g, ' '), other, ...(formsOf.get(c.code) ?? [])]
        .map((k) => k.replace(/\s*,\s*/g, ' '))
        .join(', '),
      group: SERVICE_GROUP,
    };
  });
}
