import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { textOf, visible } from './support/screen';
import { aStaffAccount, enterPassword, currentTotp, readEnrolmentSecret } from './support/staff-login';

describe('reference pages in the staff area', () => {
  let s: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    s = await startBrowserSession();
    page = await s.newPage();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sends a signed-out visitor of a staff page to sign-in, and back to that page afterwards', async () => {
    const account = await aStaffAccount(s, 'bawaslu_pimpinan');
    await page.goto('/staf/wilayah');
    await visible(page.getByRole('heading', { level: 1, name: 'Masuk staf' }));
    await enterPassword(page, account);
    const secret = await readEnrolmentSecret(page);
    await page.getByLabel('Kode 6 digit').fill(currentTotp(secret));
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Wilayah' }));
  });

  it('lists the 38 provinces when the level is set to province, and finds a regency by name', async () => {
    await page.getByLabel('Tingkat').selectOption({ label: 'Provinsi' });
    await visible(page.getByText('Menampilkan 1–38 dari 38'));
    const table = page.getByRole('table', { name: 'Daftar wilayah' });
    expect(await table.getByRole('row').count()).toBe(39);
    await visible(table.getByRole('link', { name: 'Papua Barat Daya' }));
    await s.screenshot(page, 'regions-provinces');

    await page.getByLabel('Tingkat').selectOption({ label: 'Provinsi dan kabupaten/kota' });
    await page.getByLabel('Cari nama wilayah').fill('Purbalingga');
    await visible(table.getByRole('link', { name: 'Kabupaten Purbalingga' }));
    await visible(page.getByText('Menampilkan 1–1 dari 1'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Purbalingga');
    await s.screenshot(page, 'regions-search');
  });

  it('pages through the kabupaten/kota of a province', async () => {
    await page.goto('/staf/wilayah');
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Jawa Tengah (33)' });
    await page.getByLabel('Tingkat').selectOption({ label: 'Kabupaten/kota' });
    await visible(page.getByText('Menampilkan 1–35 dari 35'));
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Jawa Timur (35)' });
    await visible(page.getByText('Menampilkan 1–38 dari 38'));
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Semua provinsi' });
    await visible(page.getByText('Menampilkan 1–50 dari 514'));
    await page.getByRole('button', { name: 'Halaman 2' }).click();
    await visible(page.getByText('Menampilkan 51–100 dari 514'));
  });

  it('shows a regency with its province, its PPK and the elections it holds', async () => {
    await page.goto('/staf/wilayah?q=Purbalingga');
    await page.getByRole('link', { name: 'Kabupaten Purbalingga' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kabupaten Purbalingga' }));
    const main = await textOf(page.getByRole('main'));
    expect(main).toContain('Kode: 33.03');
    expect(main).toContain('Bupati Purbalingga');
    await visible(
      page.getByRole('navigation', { name: 'Jejak halaman' }).getByRole('link', { name: 'Jawa Tengah' }),
    );
    await s.screenshot(page, 'region-detail');
  });

  it('lists agencies with their PPK and filters central agencies', async () => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Instansi' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Instansi' }));
    await page.getByLabel('Jenis instansi').selectOption({ label: 'Instansi pusat' });
    const table = page.getByRole('table', { name: 'Daftar instansi' });
    await visible(table.getByText('Kementerian', { exact: true }));
    await s.screenshot(page, 'agencies-central');
  });

  it('shows an election with its phases, in English too', async () => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Pemilu dan pilkada' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Pemilu dan pilkada' }));
    await s.screenshot(page, 'elections');
    const table = page.getByRole('table', { name: 'Daftar pemilihan' });
    await table.getByRole('link', { name: 'Pemilihan Kepala Daerah Serentak 2024' }).click();
    await visible(page.getByRole('table', { name: 'Tahapan' }));
    expect(await textOf(page.getByRole('main'))).toContain('27 November 2024');
    await s.screenshot(page, 'election-detail');
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('table', { name: 'Phases' }));
    expect(await textOf(page.getByRole('main'))).toContain('27 November 2024');
    await s.screenshot(page, 'election-detail-en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  });

  it('shows the legal catalogue to staff, tab by tab', async () => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Katalog hukum' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Katalog hukum' }));
    await visible(page.getByRole('table', { name: 'Peraturan' }).getByText('PP 94/2021'));
    await s.screenshot(page, 'legal-regulations');
    await page.getByRole('tab', { name: 'Bentuk pelanggaran' }).click();
    await visible(page.getByRole('table', { name: 'Bentuk pelanggaran' }));
    await s.screenshot(page, 'legal-forms');
    await page.getByRole('tab', { name: 'Jenis sanksi' }).click();
    await visible(page.getByRole('table', { name: 'Jenis sanksi' }));
    await s.screenshot(page, 'legal-sanctions');
    expect(s.pageErrors(page).filter((e) => !e.includes('401'))).toEqual([]);
  });
});
