import {
  CASE_STATE_INFO,
  type CaseActionId,
  type CaseState,
  type DeadlineStage,
} from '../../../modules/cases/schema';
// The workflow tables are pure data with type-only imports (checked): safe in the browser bundle. They hold the
// glossary's label of each action in both languages, so the UI does not keep a second copy.
import { BAWASLU_TRANSITIONS } from '../../../modules/cases/transitions/bawaslu-transitions';
import { BKN_TRANSITIONS } from '../../../modules/cases/transitions/bkn-transitions';
import { CLOSING_TRANSITIONS } from '../../../modules/cases/transitions/closing-transitions';
import { PPK_TRANSITIONS } from '../../../modules/cases/transitions/ppk-transitions';
import type { TransitionRule } from '../../../modules/cases/transitions/transition-rule';
import type { Language } from '../../../platform/i18n/language';

const RULES: Partial<Record<CaseActionId, TransitionRule>> = {
  ...BAWASLU_TRANSITIONS,
  ...BKN_TRANSITIONS,
  ...PPK_TRANSITIONS,
  ...CLOSING_TRANSITIONS,
};

/** "Teregistrasi" / "Registered" (docs/glossary.md). */
export function stateLabel(state: CaseState, language: Language): string {
  const info = CASE_STATE_INFO[state];
  return language === 'id' ? info.labelId : info.labelEn;
}

/** The label of a workflow action; undefined for one the table does not know (create_finding). */
export function actionLabel(action: string, language: Language): string | undefined {
  const rule = RULES[action as CaseActionId];
  if (!rule) return undefined;
  return language === 'id' ? rule.labelId : rule.labelEn;
}

/** Whether the step needs at least one document attached (the server refuses it otherwise). */
export function isDocumentRequired(action: CaseActionId): boolean {
  return RULES[action]?.documentRequired ?? false;
}

export const DEADLINE_STAGE_KEYS = {
  filing_window: 'cases.stages.filing_window',
  bawaslu_handling: 'cases.stages.bawaslu_handling',
  bawaslu_handling_extended: 'cases.stages.bawaslu_handling_extended',
  bkn_follow_up: 'cases.stages.bkn_follow_up',
  satgas_verification: 'cases.stages.satgas_verification',
  ppk_follow_up: 'cases.stages.ppk_follow_up',
  ppk_warning: 'cases.stages.ppk_warning',
  blocking_decision: 'cases.stages.blocking_decision',
  unblock_review: 'cases.stages.unblock_review',
} as const satisfies Record<DeadlineStage, string>;
