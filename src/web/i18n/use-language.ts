import { useTranslation } from 'react-i18next';
import type { Language } from '../../platform/i18n/language';
import { isLanguage } from './i18n';

/** The UI language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'id';
}
