import type { z } from 'zod';
import type {
  ZElectionDetail,
  ZSanctionTypeList,
  ZViolationFormList,
} from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';
import { useLanguage } from '../../i18n/use-language';
import type { ElectionSummary } from '../reference/election-labels';
import type { SelectOption } from '../../forms/schema-form-context';

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The elections as menu entries (id → name). */
export function useElectionOptions(): SelectOption[] {
  const { data } = useApi<ElectionSummary[]>('/api/reference/elections');
  return (data ?? []).map((e) => ({ value: e.id, label: e.name }));
}

/** The phases of one election as menu entries; none until an election is chosen. */
export function usePhaseOptions(electionId: string): SelectOption[] {
  const language = useLanguage();
  const { data } = useApi<z.infer<typeof ZElectionDetail>>(
    electionId ? `/api/reference/elections/${encodeURIComponent(electionId)}` : null,
  );
  if (!electionId) return [];
  return (data?.phases ?? []).map((p) => ({
    value: p.code,
    label: language === 'id' ? p.labelId : p.labelEn,
  }));
}

/** Violation forms (the case category) as menu entries: article, then the text in the UI language, cut at
 *  `max` characters for a menu (a case page shows it whole). */
export function useViolationFormOptions(max = 90): SelectOption[] {
  const language = useLanguage();
  const { data } = useApi<z.infer<typeof ZViolationFormList>>('/api/reference/legal/violation-forms');
  return (data?.items ?? []).map((f) => ({
    value: f.code,
    label: `${f.code} · ${shorten(language === 'id' ? f.textId : f.glossEn, max)}`,
  }));
}

/** Sanction types as menu entries, for the recommendation and decree forms. */
export function useSanctionTypeOptions(): SelectOption[] {
  const language = useLanguage();
  const { data } = useApi<z.infer<typeof ZSanctionTypeList>>('/api/reference/legal/sanction-types');
  return (data?.items ?? []).map((s) => ({
    value: s.code,
    label: `${s.code} · ${language === 'id' ? s.labelId : s.glossEn}`,
  }));
}

export type CodeFieldOptions = Partial<Record<string, SelectOption[]>>;

/** The reference lists behind the workflow's code fields, by field name: an action form's menus, and the names a
 *  case page shows for the codes a case and its events recorded. `max` as for useViolationFormOptions. */
export function useCodeFieldOptions(max?: number): CodeFieldOptions {
  const violationFormCodes = useViolationFormOptions(max);
  const sanctionTypeCodes = useSanctionTypeOptions();
  const electionId = useElectionOptions();
  return { violationFormCodes, sanctionTypeCodes, electionId };
}
