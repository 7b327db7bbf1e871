// The PPK follow-up league table (issue 5 §5): per agency, persons recommended as proven and what the PPK did,
// small cells withheld with whatever a row or column sum would give away.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { Language } from '../../../platform/i18n/language';
import { STATE_BUCKET } from '../funnel';
import { LEAGUE_COLUMNS, type LeagueFigures, type PpkLeague, type PpkLeagueQuery } from '../league-schema';
import { countFollowUps, type LeagueCounts } from '../queries/league-queries';
import { withheldCells, type Identity } from '../suppression';
import { assertKnownFilters } from './known-filters';

/** The states in which the PPK still owes a decree: awaiting, warned, blocking proposed, blocked, decree submitted. */
const OWING = Object.entries(STATE_BUCKET)
  .filter(([, bucket]) => bucket === 'awaitingPpk' || bucket === 'blocked')
  .map(([state]) => state);

const ADDITIVE = ['inTime', 'late', 'outstanding', 'other'] as const;

function figuresOf(
  id: string,
  c: LeagueCounts,
  hidden: ReadonlySet<string>,
  threshold: number,
): LeagueFigures {
  const cell = (k: (typeof LEAGUE_COLUMNS)[number]) => (hidden.has(`${id}|${k}`) ? null : c[k]);
  const shown = Object.fromEntries(LEAGUE_COLUMNS.map((k) => [k, cell(k)])) as Record<
    (typeof LEAGUE_COLUMNS)[number],
    number | null
  >;
  const { received, inTime, late } = shown;
  return {
    ...shown,
    followUpRate:
      received === null || inTime === null || late === null || received === 0
        ? null
        : (inTime + late) / received,
    medianDaysToDecree: c.decrees >= threshold ? c.medianDays : null,
  };
}

export async function getPpkLeague(
  db: Queryable,
  q: PpkLeagueQuery,
  opts: { lang: Language; now: Date; threshold: number },
): Promise<PpkLeague> {
  const today = jakartaDate(opts.now);
  await assertKnownFilters(db, q, opts.lang, today);
  const { total, agencies } = await countFollowUps(db, q, today, OWING);
  const rows = agencies.sort(
    (a, b) =>
      b.outstanding - a.outstanding ||
      b.received - a.received ||
      (a.agencyCode ?? '').localeCompare(b.agencyCode ?? ''),
  );
  const values = new Map<string, number>();
  const identities: Identity[] = [];
  const addRow = (id: string, c: LeagueCounts) => {
    for (const k of LEAGUE_COLUMNS) values.set(`${id}|${k}`, c[k]);
    identities.push({ total: `${id}|received`, parts: ADDITIVE.map((k) => `${id}|${k}`) });
  };
  addRow('all', total);
  rows.forEach((r, i) => addRow(`r${i}`, r));
  if (rows.length > 0)
    for (const k of LEAGUE_COLUMNS)
      identities.push({ total: `all|${k}`, parts: rows.map((_, i) => `r${i}|${k}`) });
  // The received total and the decrees are what the table is for: withheld last.
  const hidden = withheldCells(values, identities, opts.threshold, (id) =>
    /\|(received|inTime|late)$/.test(id) ? 3 : 1,
  );
  return {
    countingDate: today,
    unit: 'asn_recommended',
    suppressionThreshold: opts.threshold,
    includesDemoData: total.demo,
    totals: figuresOf('all', total, hidden, opts.threshold),
    rows: rows
      .map((r, i) => ({
        agencyCode: r.agencyCode ?? 'unknown',
        agencyName: r.agencyName ?? r.agencyCode ?? (opts.lang === 'id' ? 'Tidak diketahui' : 'Unknown'),
        figures: figuresOf(`r${i}`, r, hidden, opts.threshold),
      }))
      // Ordered by what is shown (a withheld count's place would tell its size): most outstanding first.
      .sort(
        (a, b) =>
          (b.figures.outstanding ?? -1) - (a.figures.outstanding ?? -1) ||
          (b.figures.received ?? -1) - (a.figures.received ?? -1) ||
          a.agencyCode.localeCompare(b.agencyCode),
      ),
  };
}
