import type { Queryable } from '../../../db/database';
import { parseJsonFile, REFERENCE_FILES, type ReferenceFiles } from '../reference-files';
import type { RegionRow } from '../regions/region-rows';
import { deleteSeedRowsMissingFrom, snakeCaseKeys, upsertRows, type UpsertTarget } from '../seed-queries';
import { ZAuthorityFile, ZElectionFile, type ElectionEntry } from './election-file';
import { countHolding, participationRows } from './participation';

const text = 'text';
const dated = { starts_on: 'date', ends_on: 'date', confidence: text, source: text, note: text };
const target = (
  table: string,
  key: string[],
  columns: Record<string, string>,
  adminEditable = true,
): UpsertTarget => ({
  table,
  key,
  columns,
  adminEditable,
});
const ELECTIONS = target('elections', ['id'], {
  id: text,
  name: text,
  type: text,
  regulation: text,
  declared_provinces: 'integer',
  declared_kabupaten: 'integer',
  declared_kota: 'integer',
  declared_source: text,
  declared_confidence: text,
  note: text,
});
const ELECTION_REGIONS = target('election_regions', ['election_id', 'region_code'], {
  election_id: text,
  region_code: text,
  holds_election: 'boolean',
  confidence: text,
  source: text,
  note: text,
});
const PHASES = target('election_phases', ['election_id', 'code'], {
  election_id: text,
  code: text,
  sequence: 'integer',
  label_id: text,
  label_en: text,
  ...dated,
});
const OVERRIDES = target('election_phase_overrides', ['election_id', 'phase_code', 'region_code'], {
  election_id: text,
  phase_code: text,
  region_code: text,
  ...dated,
});
const AUTHORITIES = target(
  'deciding_authorities',
  ['code'],
  {
    code: text,
    name: text,
    valid_from: 'date',
    valid_to: 'date',
    confidence: text,
    source: text,
    note: text,
  },
  false,
);

async function seedElection(tx: Queryable, e: ElectionEntry, regions: RegionRow[]): Promise<number> {
  const d = e.declaredTotals;
  const declared = d
    ? {
        declared_provinces: d.provinces,
        declared_kabupaten: d.kabupaten,
        declared_kota: d.kota,
        declared_source: d.source,
        declared_confidence: d.confidence,
      }
    : {};
  let changed = await upsertRows(tx, ELECTIONS, [
    { id: e.id, name: e.name, type: e.type, regulation: e.regulation, note: e.note, ...declared },
  ]);
  const participation = participationRows(e.participation, regions);
  if (d && participation.every((p) => p.holds_election !== null)) {
    // A rule that disagrees with the published totals (REF §4.5) is a data error: refuse to load it.
    const got = countHolding(participation, regions);
    if (got.provinces !== d.provinces || got.kabupaten !== d.kabupaten || got.kota !== d.kota) {
      throw new Error(
        `${e.id}: participation gives ${JSON.stringify(got)}, the published totals are ${JSON.stringify(d)}`,
      );
    }
  }
  changed += await upsertRows(
    tx,
    ELECTION_REGIONS,
    participation.map((p) => ({ election_id: e.id, ...p })),
  );
  const phases = e.phases.map((p, i) => ({ ...snakeCaseKeys(p), election_id: e.id, sequence: i + 1 }));
  return changed + (await upsertRows(tx, PHASES, phases));
}

/** Loads elections, their per-region participation and calendars, and the deciding-authority periods. */
export async function seedElections(
  tx: Queryable,
  files: ReferenceFiles,
  regions: RegionRow[],
): Promise<number> {
  const data = ZElectionFile.parse(parseJsonFile(files.texts.elections, REFERENCE_FILES.elections));
  const authorities = ZAuthorityFile.parse(
    parseJsonFile(files.texts.decidingAuthorities, REFERENCE_FILES.decidingAuthorities),
  );
  let changed = 0;
  for (const election of data.elections) changed += await seedElection(tx, election, regions);
  const overrides = data.phaseOverrides.map(snakeCaseKeys);
  changed += await deleteSeedRowsMissingFrom(tx, OVERRIDES, overrides);
  changed += await upsertRows(tx, OVERRIDES, overrides);
  return changed + (await upsertRows(tx, AUTHORITIES, authorities.map(snakeCaseKeys)));
}
