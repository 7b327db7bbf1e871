// The reference facts a case scope check needs about the actor: which provinces a BKN Kantor Regional serves.
import type { Queryable } from '../../db/database';
import { provinceOf, type Coverage, type RoleScope } from '../identity';
import { findBknOfficesCovering } from '../reference';
import type { CaseSnapshot } from './case-snapshot';

/**
 * Coverage for `actor` on one case: for a kanreg user, the case's provinces (the act's and a regional agency's)
 * that their office serves. Other roles need none (deny by default in the identity policy).
 */
export async function coverageForCase(
  db: Queryable,
  actor: RoleScope,
  c: Pick<CaseSnapshot, 'regionCode' | 'agency'>,
): Promise<Coverage> {
  if (actor.role !== 'bkn_analis' && actor.role !== 'bkn_pejabat') return {};
  if (actor.scope.bknOffice === 'pusat') return {};
  const provinces = new Set([provinceOf(c.regionCode)]);
  if (c.agency?.regionCode) provinces.add(provinceOf(c.agency.regionCode));
  const served: string[] = [];
  for (const province of provinces) {
    const offices = await findBknOfficesCovering(db, province);
    if (offices.includes(actor.scope.bknOffice)) served.push(province);
  }
  return { bknOfficeProvinces: served };
}
