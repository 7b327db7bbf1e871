import type { Queryable } from '../../../db/database';
import { parseCsvRecords } from '../csv-records';
import { REFERENCE_FILES, type ReferenceFiles } from '../reference-files';
import { upsertRows, type UpsertTarget } from '../seed-queries';
import { buildRegionRows, type RegionRow } from './region-rows';

const REGIONS: UpsertTarget = {
  table: 'regions',
  key: ['code'],
  columns: {
    code: 'text',
    level: 'text',
    kind: 'text',
    name: 'text',
    parent_code: 'text',
    province_code: 'text',
    is_autonomous: 'boolean',
    autonomous_region_code: 'text',
  },
  adminEditable: false,
};

export function regionRowsFrom(files: ReferenceFiles): RegionRow[] {
  return buildRegionRows({
    provinces: parseCsvRecords(files.texts.provinces, REFERENCE_FILES.provinces),
    regencies: parseCsvRecords(files.texts.regencies, REFERENCE_FILES.regencies),
    districts: parseCsvRecords(files.texts.districts, REFERENCE_FILES.districts),
  });
}

/** Loads regions level by level (a row references its parent). Returns the number of rows changed. */
export async function seedRegions(tx: Queryable, rows: RegionRow[]): Promise<number> {
  let changed = 0;
  for (const level of ['province', 'regency', 'district'] as const) {
    changed += await upsertRows(
      tx,
      REGIONS,
      rows.filter((r) => r.level === level),
    );
  }
  return changed;
}
