// The demo history as a plan: every case with its people, its region and agency, and what happens to it when.
// Days are epoch days (days since 1970-01-01, Asia/Jakarta calendar days): plain integers to add and compare.
import type { SanctionClass } from '../stats/agency-figures-schema';
import type { JabatanGroup } from './demo-profiles';

export interface PlannedSubject {
  name: string;
  nip: string | null;
  jabatan: string;
  group: JabatanGroup;
  asnType: 'pns' | 'pppk';
}

/** What the oversight body (KASN, then BKN) did with a forwarded case. */
export type OversightFate =
  | { kind: 'awaiting' }
  | { kind: 'not_proven' | 'rejected' | 'cancelled'; day: number }
  | { kind: 'proven'; day: number; sanction: SanctionClass; ppk: PpkFate };

/** What the PPK did with a recommendation. `viaBlocking`: sanctioned only after BKN blocked the ASN's data. */
export type PpkFate =
  | { kind: 'sanctioned'; day: number; viaBlocking: boolean }
  | { kind: 'blocked' | 'warned' | 'awaiting' }
  | { kind: 'inactive'; day: number };

/** What Bawaslu did. `day` is the day of its decision (pleno) or of the formal rejection. */
export type BawasluFate =
  | { kind: 'forwarded'; day: number; oversight: OversightFate }
  | { kind: 'not_a_violation' | 'forwarded_other' | 'rejected_formal'; day: number }
  | { kind: 'in_process'; day: number };

export interface PlannedCase {
  /** Stable within a seed: `<election>/<n>`. */
  key: string;
  electionId: string;
  /** Persons named (the unit the agencies publish). */
  size: number;
  agencyCode: string;
  /** Where the act took place: the agency's region, or a kab/kota for a central agency. */
  regionCode: string;
  categoryCode: string;
  subjects: PlannedSubject[];
  intake: {
    kind: 'temuan' | 'laporan';
    channel: string;
    actDay: number;
    knownDay: number;
    receivedDay: number;
  };
  fate: BawasluFate;
  /** Further reports of the same act, merged into this case by Bawaslu (plan-more-intakes.ts). */
  moreIntakes: MoreIntake[];
}

/** A further laporan or temuan about a case's act, on `day` (while Bawaslu holds the case). */
export interface MoreIntake {
  kind: 'temuan' | 'laporan';
  channel: string;
  /** When its reporter (or Bawaslu) came to know of the act, and when it reached Bawaslu. */
  knownDay: number;
  day: number;
}

/** A sized thing the quota allocation takes whole (a case and the persons it names). */
export interface Sized {
  size: number;
}
