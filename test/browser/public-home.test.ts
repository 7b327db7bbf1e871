import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { textOf, visible } from './support/screen';

const STATS_TITLE = 'Statistik netralitas ASN';

describe('public home page', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('greets a visitor in Bahasa Indonesia with report and track marked as coming, statistics open', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1, name: 'Netra: pengawasan netralitas ASN' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    const main = page.getByRole('main');
    for (const name of ['Laporkan pelanggaran', 'Lacak laporan', 'Statistik']) {
      await visible(main.getByRole('link', { name }));
    }
    // Reporting and tracking are still coming; the statistics page works (issue 5).
    expect(await main.getByText('Segera hadir').count()).toBe(2);
    await visible(page.getByRole('navigation', { name: 'Navigasi utama' }));
    await visible(page.getByRole('contentinfo'));
    await s.screenshot(page, 'home-id');
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('switches to English on request, sets <html lang> and keeps the choice after a reload', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Netra: civil service neutrality watch' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await visible(page.getByRole('main').getByRole('link', { name: 'Report a violation' }));
    await s.screenshot(page, 'home-en');

    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Netra: civil service neutrality watch' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Netra: pengawasan netralitas ASN' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1 }));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await s.screenshot(page, 'home-skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('on a phone, hides the navigation behind a menu button that opens it', async () => {
    const page = await s.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1 }));
    const menu = page.getByRole('button', { name: 'Buka menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await s.screenshot(page, 'home-phone');
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await visible(nav.getByRole('link', { name: 'Tentang' }));
    await s.screenshot(page, 'home-phone-menu');
    await nav.getByRole('link', { name: 'Tentang' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tentang Netra' }));
  });

  it('credits the region data (ODbL), the boundaries (MIT) and the holiday decrees on the about page', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tentang Netra dan lisensi data' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tentang Netra' }));
    const main = await textOf(page.getByRole('main'));
    expect(main).toContain('© fityannugroho/idn-area-data contributors, ODbL');
    expect(main).toContain(
      'Batas wilayah: © Cahya DSN, cahyadsn/wilayah_boundaries (lisensi MIT), disederhanakan',
    );
    expect(main).toContain('AGPL-3.0-or-later');
    expect(main).toContain('SKB');
    await page.getByText('Pemberitahuan lisensi MIT (teks asli)').click();
    await visible(page.getByText('Permission is hereby granted, free of charge'));
    await s.screenshot(page, 'about-id');
  });

  it('marks the report page as coming rather than pretending it works', async () => {
    const page = await s.newPage();
    await page.goto('/lapor');
    await visible(page.getByRole('heading', { level: 1, name: 'Laporkan pelanggaran' }));
    await visible(page.getByText('Segera hadir'));
    await visible(page.getByText('Fitur ini sedang dibangun dan belum dapat digunakan.'));
  });

  it('shows the public statistics without a login', async () => {
    const page = await s.newPage();
    await page.goto('/statistik');
    await visible(page.getByRole('heading', { level: 1, name: STATS_TITLE }));
    await visible(page.getByRole('table').first());
    await s.screenshot(page, 'statistics-id');
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('answers an unknown address with a not-found page in the app', async () => {
    const page = await s.newPage();
    await page.goto('/tidak-ada');
    await visible(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }));
  });
});
