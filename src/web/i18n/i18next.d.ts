import type id from './id.json';

// Typed message keys: a misspelt key in t('…') fails `npm run typecheck`.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof id };
  }
}
