import { useTranslation } from 'react-i18next';
import type { IssueTexts } from './validate-input';

/** The messages a form shows for schema issues (required, too short, …), in the UI language. */
export function useIssueTexts(): IssueTexts {
  const { t } = useTranslation();
  return {
    required: t('caseForm.issues.required'),
    choose: t('caseForm.issues.choose'),
    tick: t('caseForm.issues.tick'),
    minChars: (n) => t('caseForm.issues.minChars', { n }),
    maxChars: (n) => t('caseForm.issues.maxChars', { n }),
    minItems: (n) => t('caseForm.issues.minItems', { n }),
    maxItems: (n) => t('caseForm.issues.maxItems', { n }),
  };
}
