import type { z } from 'zod';
import type { Queryable } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import type { Language } from '../../../platform/i18n/language';
import { unknownValueError } from '../reference-errors';
import { findRegionRow } from '../regions/queries';
import { applyPhaseOverrides } from './phase-calendar';
import { presentElectionSummary } from './present';
import { findElection, findPhaseOverrides, findPhases, findRegionFlag } from './queries';
import type { ZElectionDetail } from './schema';

/**
 * An election with its calendar; with a region, the calendar as it applies there (the region's or its
 * parents' overrides) and whether the region holds the election (a kecamatan answers for its kab/kota).
 */
export async function getElectionDetail(
  db: Queryable,
  id: string,
  regionCode: string | undefined,
  lang: Language,
): Promise<z.infer<typeof ZElectionDetail>> {
  const election = await findElection(db, id);
  if (!election) throw new AppError('NOT_FOUND');
  const region = regionCode ? await findRegionRow(db, regionCode) : undefined;
  if (regionCode && !region) throw unknownValueError('querystring.region', regionCode, lang);
  const chain = region
    ? [...new Set([region.code, region.parent_code, region.province_code].filter((c) => c !== null))]
    : [];
  const phases = applyPhaseOverrides(
    await findPhases(db, id),
    chain.length ? await findPhaseOverrides(db, id, chain) : [],
    chain,
  );
  const flag = region
    ? await findRegionFlag(db, id, region.level === 'district' ? (region.parent_code ?? '') : region.code)
    : undefined;
  return {
    ...presentElectionSummary(election),
    regulation: election.regulation,
    note: election.note,
    phases: phases.map(({ override, ...p }) => ({
      ...p,
      confidence: override?.confidence ?? p.confidence,
      source: override?.source ?? p.source,
      note: override ? override.note : p.note,
      overridden: override !== undefined,
    })),
    region: region
      ? {
          code: region.code,
          name: region.name,
          holdsElection: flag?.holds_election ?? null,
          confidence: flag?.confidence ?? null,
        }
      : null,
  };
}
