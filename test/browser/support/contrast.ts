import type { Locator } from 'playwright-core';

/** WCAG 2.1 contrast ratio of two CSS rgb() colours. */
export function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r = 0, g = 0, b2 = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    const f = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b2);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** The text colour of an element and the opaque background it sits on (its own or the nearest ancestor's). */
export async function colours(locator: Locator): Promise<{ color: string; background: string }> {
  return locator.evaluate((el) => {
    let node: Element | null = el;
    let bg = 'rgb(255, 255, 255)';
    while (node) {
      const c = getComputedStyle(node).backgroundColor;
      if (c.startsWith('rgb(')) {
        bg = c;
        break;
      }
      node = node.parentElement;
    }
    return { color: getComputedStyle(el).color, background: bg };
  });
}
