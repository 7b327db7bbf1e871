import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../platform/i18n/language';
import en from './en.json';
import id from './id.json';

const STORAGE_KEY = 'netra.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the visitor chose before (kept in localStorage), else Bahasa Indonesia. */
function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
}

/** Sets up i18next with both message files bundled (no network fetch, so no flash of untranslated text). */
export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', reflectLanguage);
  return i18next;
}

/** The language the UI shows now; API calls send it as Accept-Language. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'id';
}
