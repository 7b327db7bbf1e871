import type { Queryable } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import { findPpkAgencyForRegion } from '../agencies/queries';
import { findChildRegions, findParticipation, findRegionRow, toRegion } from './queries';
import type { RegionDetail } from './schema';

/**
 * A region with its parent, its children (kab/kota of a province, kecamatan of a kab/kota), its election
 * flags (a kecamatan shows its kab/kota's) and the agency whose head is the PPK there. Unknown → NOT_FOUND.
 */
export async function getRegionDetail(db: Queryable, code: string): Promise<RegionDetail> {
  const row = await findRegionRow(db, code);
  if (!row) throw new AppError('NOT_FOUND');
  const parent = row.parent_code ? await findRegionRow(db, row.parent_code) : undefined;
  const flagsOf = row.level === 'district' ? (row.parent_code ?? row.code) : row.code;
  const children = await findChildRegions(db, row.code);
  const participation = await findParticipation(db, flagsOf);
  const agency = await findPpkAgencyForRegion(db, row.code);
  return {
    ...toRegion(row),
    parent: parent ? toRegion(parent) : null,
    children,
    participation: participation.map((p) => ({
      electionId: p.election_id,
      holdsElection: p.holds_election,
      confidence: p.confidence,
    })),
    ppkAgency: agency ? { code: agency.code, name: agency.name, ppkTitle: agency.ppkTitle } : null,
  };
}
