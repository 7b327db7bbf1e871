import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';

describe('language negotiation', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR,de;q=0.5', 'id'],
    ['en;q=0.2,id;q=0.8', 'id'],
    ['in', 'id'],
    ['en;q=0', 'id'],
  ])('Accept-Language %s answers %s', (header, lang) => {
    expect(pickLanguage(header)).toBe(lang);
  });
});
