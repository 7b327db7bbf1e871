// A stored case as the pure workflow sees it (CaseSnapshot), and the clock the API shows. Pure.
import type { IsoDate } from '../../platform/calendar';
import type { CaseSnapshot } from './case-snapshot';
import { isEscalationDue, isOverdue } from './deadlines';
import type { CaseRow, FirstIntake } from './queries';
import type { CaseDeadline } from './schema';

export function deadlineOf(row: CaseRow): CaseDeadline | null {
  if (row.deadline_rule_id === null || row.deadline_stage === null) return null;
  if (row.deadline_started_on === null || row.due_on === null) return null;
  return {
    ruleId: row.deadline_rule_id,
    stage: row.deadline_stage,
    startedOn: row.deadline_started_on,
    dueOn: row.due_on,
    escalateOn: row.escalate_on,
  };
}

/** `firstIntake` is the earliest intake: a laporan's dates decide the filing window (UU 7/2017 Pasal 454). */
export function snapshotOf(row: CaseRow, firstIntake: FirstIntake | undefined): CaseSnapshot {
  const knownOn = firstIntake?.known_on ?? row.act_known_on;
  return {
    regionCode: row.region_code,
    agency:
      row.agency_code !== null && row.agency_kind !== null
        ? { code: row.agency_code, kind: row.agency_kind, regionCode: row.agency_region_code }
        : null,
    state: row.state,
    electionType: row.election_type,
    ppkConflicted: row.ppk_conflicted,
    deadline: deadlineOf(row),
    filing:
      firstIntake && knownOn
        ? {
            intakeKind: firstIntake.kind === 'laporan' ? 'report' : 'finding',
            knownOn,
            filedOn: firstIntake.received_on,
            reporterIdentified: firstIntake.kind === 'temuan' || firstIntake.reporter_ref !== null,
          }
        : null,
    recommendation: row.recommendation,
    sanctionProposal: row.sanction_proposal,
  };
}

/** The running deadline with where today stands against it. */
export function deadlineClock(row: CaseRow, today: IsoDate) {
  const d = deadlineOf(row);
  if (!d) return null;
  return { ...d, overdue: isOverdue(d, today), escalationDue: isEscalationDue(d, today) };
}
