import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { visible } from './support/screen';

/** WCAG 2.1 contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
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

describe('colour contrast', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('links, the current menu item, buttons and muted text reach 4.5:1 against their background', async () => {
    const page = await s.newPage();
    await page.goto('/tentang');
    await visible(page.getByRole('heading', { level: 1 }));
    const samples = {
      currentMenuItem: page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Tentang' }),
      signInButton: page.getByRole('banner').getByRole('link', { name: 'Masuk staf' }),
      link: page.getByRole('main').getByRole('link', { name: 'fityannugroho/idn-area-data' }),
      activeLanguage: page.getByRole('button', { name: 'Bahasa Indonesia' }),
      demoBadge: page.getByRole('main').getByText('DEMO', { exact: true }),
      mutedText: page.getByRole('banner').getByText('Pengawasan netralitas ASN dalam pemilu dan pilkada'),
    };
    for (const [name, locator] of Object.entries(samples)) {
      const shown = await visible(locator);
      const { color, background } = await shown.evaluate((el) => {
        // The nearest ancestor (or itself) with an opaque background is what the text sits on.
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
      expect(contrast(color, background), `${name}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
