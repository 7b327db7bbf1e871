import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { colours, contrast } from './support/contrast';
import { visible } from './support/screen';

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
      const { color, background } = await colours(shown);
      expect(contrast(color, background), `${name}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
