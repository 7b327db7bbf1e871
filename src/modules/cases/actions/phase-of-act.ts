// The election phase on the day of the act, as the election calendar applies in the case's region.
import type { Queryable } from '../../../db/database';
import type { IsoDate } from '../../../platform/calendar';
import {
  applyPhaseOverrides,
  campaignRelation,
  findPhaseOverrides,
  findPhases,
  phaseAtDate,
} from '../../reference';

/** The region and its parents, most specific first: `33.03.01` → 33.03.01, 33.03, 33. */
function regionChain(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/**
 * The phase at the act is a statistic (REF §3.6): before, during or after the campaign, on the calendar as it
 * applies in the region (its own or its parents' overrides, e.g. a postponed Pilkada).
 */
export async function phaseOfAct(
  db: Queryable,
  electionId: string,
  regionCode: string,
  actDate: IsoDate,
): Promise<{ phaseCode: string | null; campaignRelation: string | null }> {
  const chain = regionChain(regionCode);
  const phases = applyPhaseOverrides(
    await findPhases(db, electionId),
    await findPhaseOverrides(db, electionId, chain),
    chain,
  );
  return {
    phaseCode: phaseAtDate(phases, actDate)?.code ?? null,
    campaignRelation: campaignRelation(phases, actDate) ?? null,
  };
}
