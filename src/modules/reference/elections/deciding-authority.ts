/**
 * Which body decides a neutrality case forwarded by Bawaslu on a given date (REF §1.1 "Design
 * consequences": model it as data, not a constant). KASN until it stopped on 24 Aug 2024, BKN from then
 * (SE MenPANRB 4/2024). The periods live in data/reference/legal/deciding-authorities.json; the caller
 * chooses the date that matters (normally the date the case was forwarded).
 */

export interface AuthorityPeriod {
  code: string;
  name: string;
  /** Inclusive; null = open at the start. */
  validFrom: string | null;
  /** Exclusive; null = still in force. */
  validTo: string | null;
}

export function decidingAuthorityAt<P extends AuthorityPeriod>(
  periods: readonly P[],
  date: string,
): P | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Expected a YYYY-MM-DD date, got "${date}"`);
  return periods.find(
    (p) => (p.validFrom === null || p.validFrom <= date) && (p.validTo === null || date < p.validTo),
  );
}
