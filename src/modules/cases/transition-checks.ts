// Checks on an action's input that need the case, and the flags a transition raises for BKN.
import type { FieldError } from '../../platform/errors/app-error';
import type { CaseSnapshot } from './case-snapshot';
import { isDecreeDifferent } from './sanction-recommendation';
import type { CaseActionId, CaseActionInput, SanctionChoice } from './schema';

export type TransitionFlag =
  /** The PPK's decree imposes another sanction than BKN recommended (issue 4 §3). */
  | 'decree_differs_from_recommendation'
  /** BKN recommended another sanction than Netra proposed; the reason is in the input. */
  | 'sanction_differs_from_proposal'
  /** A conflicted PPK's follow-up was recorded by the supervisor (issue 4 §5). */
  | 'followed_up_by_supervisor';

interface CheckResult {
  fields: FieldError[];
  flags: TransitionFlag[];
}

const sanctionOf = (i: { sanctionLevel: SanctionChoice['level']; sanctionTypeCodes: string[] }) => ({
  level: i.sanctionLevel,
  sanctionTypeCodes: i.sanctionTypeCodes,
});

function checkRecommendation(c: CaseSnapshot, input: CaseActionInput<'recommend_proven'>): CheckResult {
  // The officer may recommend otherwise than Netra's proposal, with a reason (issue 4 §3).
  if (!c.sanctionProposal || !isDecreeDifferent(c.sanctionProposal, sanctionOf(input))) {
    return { fields: [], flags: [] };
  }
  if (input.deviationReason === undefined) {
    return {
      fields: [{ path: 'deviationReason', message: 'required: the sanction differs from the proposal' }],
      flags: [],
    };
  }
  return { fields: [], flags: ['sanction_differs_from_proposal'] };
}

function checkDecree(c: CaseSnapshot, input: CaseActionInput<'record_sanction_decree'>): CheckResult {
  const differs = c.recommendation !== null && isDecreeDifferent(c.recommendation, sanctionOf(input));
  return { fields: [], flags: differs ? ['decree_differs_from_recommendation'] : [] };
}

/** Input checks beyond the schema, and flags. `input` has passed the action's schema. */
export function checkTransitionInput(action: CaseActionId, input: unknown, c: CaseSnapshot): CheckResult {
  switch (action) {
    case 'recommend_proven':
      return checkRecommendation(c, input as CaseActionInput<'recommend_proven'>);
    case 'record_sanction_decree':
    case 'submit_decree_for_unblocking':
      return checkDecree(c, input as CaseActionInput<'record_sanction_decree'>);
    default:
      return { fields: [], flags: [] };
  }
}
