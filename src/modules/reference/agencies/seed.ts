import { z } from 'zod';
import type { Queryable } from '../../../db/database';
import { parseJsonFile, REFERENCE_FILES, type ReferenceFiles } from '../reference-files';
import type { RegionRow } from '../regions/region-rows';
import { deleteSeedRowsMissingFrom, upsertRows, type UpsertTarget } from '../seed-queries';
import { ZConfidence } from '../shared-schema';
import { regionalAgencyFor, type AgencyRow } from './regional-agencies';

const ZCentralAgencyFile = z.array(
  z.strictObject({
    code: z.string().regex(/^kl-[a-z0-9-]+$/),
    name: z.string().min(3),
    shortName: z.string().min(2),
    category: z.enum(['coordinating_ministry', 'ministry', 'agency']),
    ppkTitle: z.string().min(3),
    confidence: ZConfidence,
    source: z.string().min(3),
    note: z.string().optional(),
  }),
);

const ZBknOfficeFile = z.array(
  z.strictObject({
    code: z.string().regex(/^(pusat|kanreg-\d{1,2})$/),
    name: z.string().min(3),
    city: z.string().min(2),
    coversAll: z.boolean(),
    confidence: ZConfidence,
    source: z.string().min(3),
    provinces: z.array(
      z.strictObject({
        provinceCode: z.string().regex(/^\d{2}$/),
        confidence: ZConfidence,
        source: z.string().min(3),
      }),
    ),
  }),
);

const AGENCIES: UpsertTarget = {
  table: 'agencies',
  key: ['code'],
  columns: {
    code: 'text',
    name: 'text',
    short_name: 'text',
    kind: 'text',
    category: 'text',
    region_code: 'text',
    ppk_title: 'text',
    supervisor: 'text',
    confidence: 'text',
    source: 'text',
    note: 'text',
  },
  adminEditable: true,
};
const BKN_OFFICES: UpsertTarget = {
  table: 'bkn_offices',
  key: ['code'],
  columns: {
    code: 'text',
    name: 'text',
    city: 'text',
    covers_all: 'boolean',
    confidence: 'text',
    source: 'text',
  },
  adminEditable: true,
};
const BKN_OFFICE_PROVINCES: UpsertTarget = {
  table: 'bkn_office_provinces',
  key: ['office_code', 'province_code'],
  columns: { office_code: 'text', province_code: 'text', confidence: 'text', source: 'text' },
  adminEditable: true,
};

export function agencyRowsFrom(files: ReferenceFiles, regions: RegionRow[]): AgencyRow[] {
  const central = ZCentralAgencyFile.parse(
    parseJsonFile(files.texts.centralAgencies, REFERENCE_FILES.centralAgencies),
  );
  const regional = regions.map(regionalAgencyFor).filter((a): a is AgencyRow => a !== undefined);
  return [
    ...regional,
    // REF §0: a conflicted PPK of a central agency is supervised by KemenPANRB.
    ...central.map((a) => ({
      code: a.code,
      name: a.name,
      short_name: a.shortName,
      kind: 'central' as const,
      category: a.category,
      region_code: null,
      ppk_title: a.ppkTitle,
      supervisor: 'kemenpanrb' as const,
      confidence: a.confidence,
      source: a.source,
      note: a.note ?? null,
    })),
  ];
}

export async function seedAgencies(
  tx: Queryable,
  files: ReferenceFiles,
  agencies: AgencyRow[],
): Promise<number> {
  const offices = ZBknOfficeFile.parse(parseJsonFile(files.texts.bknOffices, REFERENCE_FILES.bknOffices));
  let changed = await upsertRows(tx, AGENCIES, agencies);
  changed += await upsertRows(
    tx,
    BKN_OFFICES,
    offices.map((o) => ({
      code: o.code,
      name: o.name,
      city: o.city,
      covers_all: o.coversAll,
      confidence: o.confidence,
      source: o.source,
    })),
  );
  const coverage = offices.flatMap((o) =>
    o.provinces.map((p) => ({
      office_code: o.code,
      province_code: p.provinceCode,
      confidence: p.confidence,
      source: p.source,
    })),
  );
  changed += await deleteSeedRowsMissingFrom(tx, BKN_OFFICE_PROVINCES, coverage);
  changed += await upsertRows(tx, BKN_OFFICE_PROVINCES, coverage);
  return changed;
}
