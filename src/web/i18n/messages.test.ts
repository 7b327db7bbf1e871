import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

/** Every leaf key as a dotted path, e.g. `login.email`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function leaves(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('web messages', () => {
  it('the Indonesian and English files have exactly the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  it('every message is a non-empty string in both languages', () => {
    for (const [key, value] of [...leaves(id), ...leaves(en)]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('each message has the same {{placeholders}} in both languages', () => {
    const english = new Map(leaves(en));
    for (const [key, value] of leaves(id)) {
      expect(placeholders(String(english.get(key))), key).toEqual(placeholders(String(value)));
    }
  });
});
