// What the pure workflow needs to know about a case and the person acting on it.
import type { Coverage, RoleScope } from '../identity';
import type { IsoDate } from '../../platform/calendar';
import type { ElectionType } from './election-type';
import type { CaseScope } from './policy';
import type { CaseDeadline, SanctionChoice } from './schema';
import type { CaseState } from './states';

/** The laporan (or temuan) the case started from: dates for the filing window. */
export interface CaseFiling {
  intakeKind: 'report' | 'finding';
  /** Day the reporter came to know of the act. */
  knownOn: IsoDate;
  /** Day the laporan was filed with Bawaslu. */
  filedOn: IsoDate;
  /** false for an anonymous laporan (no reporter on file: syarat formil unmet); absent counts as identified. */
  reporterIdentified?: boolean;
}

/** The case as it stands before a transition (a row of the cases table, loaded under lock). */
export interface CaseSnapshot extends CaseScope {
  state: CaseState;
  electionType: ElectionType;
  ppkConflicted: boolean;
  deadline: CaseDeadline | null;
  /** The earliest intake; null when the case has none to check (a temuan needs no filing window). */
  filing: CaseFiling | null;
  /** What BKN recommended (set by recommend_proven): a decree is compared with it. */
  recommendation: SanctionChoice | null;
  /** Netra's proposal (recommendSanction) at the time of the recommendation; null when none could be made. */
  sanctionProposal: SanctionChoice | null;
}

/** The staff member acting, with the reference facts their scope needs (a BKN kanreg's provinces). */
export type CaseActor = RoleScope & { coverage?: Coverage };
