// The reconciliation view (issue 5 §8): Netra's count as each agency counts, the differences explained, and what
// the agencies published for the election beside Netra's count on the same day.
import type { Queryable } from '../../../db/database';
import { jakartaDate } from '../../../platform/calendar';
import type { Language } from '../../../platform/i18n/language';
import { shippedAgencyFigures } from '../agency-figures';
import type { AgencyFigure } from '../agency-figures-schema';
import { countUnitsByState, type StateUnits } from '../queries/reconciliation-queries';
import {
  conventionsOf,
  differencesOf,
  funnelIn,
  RECONCILIATION_IDENTITIES,
  type RawLine,
} from '../reconciliation';
import { withheldCells } from '../suppression';
import type { Reconciliation, ReconciliationQuery } from '../reconciliation-schema';
import { assertKnownFilters } from './known-filters';
import { endOfJakartaDay } from './get-public-stats';

/** Netra's count of a published figure's values on its day, in the figure's unit: persons, or reports. */
function netraValues(
  figure: AgencyFigure,
  rows: readonly StateUnits[],
): { netra: AgencyFigure['values'][number]['netra']; value: number }[] {
  // Bawaslu's lines are all reports: on 4 Oct 2020 its forwarded, not-a-violation and in-process lines add up to
  // its 805 temuan and laporan (719 + 81 + 5), so each is set beside the reports of the cases in that state.
  const funnel = funnelIn(rows, figure.unit === 'reports' ? 'reports' : 'persons');
  return figure.values.map((v) => ({ netra: v.netra, value: funnel[v.netra] }));
}

export async function getReconciliation(
  db: Queryable,
  q: ReconciliationQuery,
  opts: { lang: Language; now: Date; threshold: number },
): Promise<Reconciliation> {
  const today = jakartaDate(opts.now);
  await assertKnownFilters(db, q, opts.lang, today);
  const day = q.asOf ?? today;
  const rows = await countUnitsByState(db, q.election, endOfJakartaDay(day));
  const cell = (n: number) => (n > 0 && n < opts.threshold ? null : n);
  const conventions = conventionsOf(rows);
  const differences = differencesOf(rows);
  const hidden = withheldCells(
    new Map([
      ...conventions.flatMap((c) => c.lines.map((l) => [`${c.agency}|${l.code}`, l.value] as const)),
      ...differences.map((d) => [`diff|${d.code}`, d.value] as const),
    ]),
    RECONCILIATION_IDENTITIES,
    opts.threshold,
  );
  const shown = (prefix: string) => (l: RawLine) => ({
    ...l,
    value: hidden.has(`${prefix}|${l.code}`) ? null : l.value,
  });
  const published = [];
  for (const figure of shippedAgencyFigures().filter((f) => f.electionId === q.election && f.asOf <= today)) {
    const then = await countUnitsByState(db, q.election, endOfJakartaDay(figure.asOf));
    published.push({ figure, netra: netraValues(figure, then).map((v) => ({ ...v, value: cell(v.value) })) });
  }
  return {
    election: q.election,
    countingDate: day,
    suppressionThreshold: opts.threshold,
    includesDemoData: rows.some((r) => r.demo),
    conventions: conventions.map((c) => ({ ...c, lines: c.lines.map(shown(c.agency)) })),
    differences: differences.map(shown('diff')),
    published,
  };
}
