// Cases module: the pure core of the case workflow (states, actions, deadlines, sanction recommendation).
// Tables, actions and routes build on these; other modules come in through this file only.
export * from './schema';
export {
  CASE_ACTIONS,
  allowedActions,
  guardPasses,
  isActionFrom,
  mayTakeAction,
  targetState,
} from './workflow';
export type { ActionContext, CaseAction } from './workflow';
export type { ActionGuard, ActorRule, DeadlineEffect, TransitionRule } from './transitions/transition-rule';
export { actionContextOf, planTransition } from './plan-transition';
export type { TransitionPlan, TransitionRefusal, TransitionResult } from './plan-transition';
export type { TransitionFlag } from './transition-checks';
export type { CaseActor, CaseFiling, CaseSnapshot } from './case-snapshot';
export { coversCase, rolesFor, supervisorRoleFor } from './policy';
export type { CaseScope } from './policy';
export {
  computeDeadline,
  filingWindowCheck,
  isEscalationDue,
  isOverdue,
  recomputeDeadline,
  startDeadline,
} from './deadlines';
export type { FilingWindowCheck } from './deadlines';
export { ZDeadlineRuleFile, findDeadlineRule, parseDeadlineRules } from './deadline-rules';
export type { DeadlineRules } from './deadline-rules';
export { DEADLINE_RULES_FILE, loadDeadlineRulesFile, shippedDeadlineRules } from './deadline-rules-file';
export { effectiveDeadlineRules } from './effective-deadline-rules';
export { ESCALATION_STEPS, escalationOf } from './escalation';
export type { Escalation } from './escalation';
export { isDecreeDifferent, isInForce, recommendSanction, sanctionTypesFor } from './sanction-recommendation';
export type { SanctionRecommendation, SanctionRequest } from './sanction-recommendation';
export { ELECTION_TYPES, type ElectionType } from './election-type';
export { caseRoutes } from './routes';
export { createIntake } from './actions/create-intake';
export { addIntake } from './actions/add-intake';
export type { CreateIntakeArgs } from './actions/create-intake';
export { unsealReporter } from './actions/unseal-reporter';
export * from './reporter-api-schema';
export { reporterIdentityKey, reporterIdentityKeyFrom } from './reporter-identity';
export { mayUnsealReporter } from './reporter-policy';
export { transitionCase } from './actions/transition-case';
export type { TransitionCaseArgs, TransitionOutcome } from './actions/transition-case';
export { findCases } from './actions/find-cases';
export { countCases } from './actions/count-cases';
export { whenRoleMayAct, EXCEPTION_ACTIONS } from './actionable-cases';
export { getCase } from './actions/get-case';
export { visibleTo } from './queries';
export * from './case-api-schema';
export { raiseDeadlineAlerts } from './actions/raise-deadline-alerts';
export type { DeadlineAlertRun } from './actions/raise-deadline-alerts';
export { deadlineAlertsFor, rolesOwingStep } from './deadline-alerts';
export type { DeadlineAlert } from './deadline-alerts';
export { caseJobs, RAISE_DEADLINE_ALERTS_JOB } from './jobs';
