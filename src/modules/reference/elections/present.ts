import type { z } from 'zod';
import type { ElectionDbRow } from './queries';
import type { ZElectionSummary, ZRegionsHolding } from './schema';

/**
 * How many regions hold an election: counted from the per-region flags when all are known; else the
 * published totals (Pilkada 2020: 270 regions, list unknown — REF §4.5); else unknown.
 */
export function regionsHolding(row: ElectionDbRow): z.infer<typeof ZRegionsHolding> {
  if (row.unknown_regions === 0) {
    return { provinces: row.holding_provinces, regencies: row.holding_regencies, basis: 'regions' };
  }
  if (row.declared_provinces !== null && row.declared_kabupaten !== null && row.declared_kota !== null) {
    return {
      provinces: row.declared_provinces,
      regencies: row.declared_kabupaten + row.declared_kota,
      basis: 'declared_totals',
    };
  }
  return { provinces: null, regencies: null, basis: 'unknown' };
}

export function presentElectionSummary(row: ElectionDbRow): z.infer<typeof ZElectionSummary> {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    votingDate: row.voting_date,
    regionsHolding: regionsHolding(row),
  };
}
