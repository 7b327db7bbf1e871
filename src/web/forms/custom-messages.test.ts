import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { schemaMessage } from './custom-messages';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'id', resources: { id: { translation: id }, en: { translation: en } } });

describe('server and schema messages in the UI language', () => {
  it('translates a message the server writes (a 400 field message)', () => {
    expect(schemaMessage('at least one document is required for this step', i18n.t)).toBe(
      'langkah ini memerlukan setidaknya satu dokumen',
    );
  });

  it('keeps the detail after a known head', () => {
    expect(schemaMessage('not in the legal catalogue: pp94-zz-9', i18n.t)).toBe(
      'tidak ada dalam katalog hukum: pp94-zz-9',
    );
  });

  it('keeps a bracketed detail after a known head', () => {
    expect(schemaMessage('must not be before the act (2024-11-01)', i18n.t)).toBe(
      'tidak boleh sebelum tanggal kejadian (2024-11-01)',
    );
  });

  it('shows an unknown message as written', () => {
    expect(schemaMessage('something new: x', i18n.t)).toBe('something new: x');
  });
});
