import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { colours, contrast } from './support/contrast';
import { textOf, visible } from './support/screen';
import { aStaffAccount, signInFirstTime } from './support/staff-login';
import { CaseDriver, createDesks, PATH_TO_AWAITING_PPK } from '../support/case-driver';

/** A day `days` before today, as a date input takes it (YYYY-MM-DD, Jakarta). */
function daysAgo(days: number): string {
  const jakarta = new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000);
  return jakarta.toISOString().slice(0, 10);
}

/** Fills the register_case form the way a keyboard user would: type, then Space on each checkbox. */
async function fillRegistration(page: Page, number: string): Promise<void> {
  await page.getByLabel('Nomor registrasi').fill(number);
  for (const label of [/^Syarat formil terpenuhi/, /^Syarat materiil terpenuhi/]) {
    await page.getByLabel(label).focus();
    await page.keyboard.press('Space');
  }
}

/** Every sample's text reaches WCAG AA (4.5:1) against the background it sits on. */
async function expectReadable(samples: Record<string, Locator>): Promise<void> {
  for (const [name, locator] of Object.entries(samples)) {
    const { color, background } = await colours(await visible(locator));
    expect(contrast(color, background), `${name}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
}

describe('staff case console', () => {
  let s: BrowserSession;
  let page: Page;
  let caseUrl = '';
  let reference = '';
  beforeAll(async () => {
    s = await startBrowserSession();
    page = await s.newPage();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a Bawaslu officer records a temuan through the form and lands on the new case', async () => {
    const account = await aStaffAccount(s, 'bawaslu_staf');
    await page.goto('/masuk');
    await signInFirstTime(page, account);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kasus' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kotak masuk kasus' }));
    await page.getByRole('link', { name: 'Catat laporan / temuan' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Catat laporan / temuan' }));

    // Sending the empty form: every missing field is marked beside it, and focus goes to the first one.
    await page.getByRole('button', { name: 'Simpan temuan' }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'isian yang perlu diperbaiki' }));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await s.screenshot(page, 'case-finding-errors');

    await page
      .getByLabel('Pemilu atau pilkada')
      .selectOption({ label: 'Pemilihan Kepala Daerah Serentak 2024' });
    expect(await page.getByLabel(/^Kode wilayah kejadian/).inputValue()).toBe('33.03');
    await page.getByLabel('Tanggal kejadian').fill(daysAgo(3));
    await page.getByLabel('Tempat kejadian').fill('Balai Desa Karangsari, Purbalingga');
    await page.getByLabel('Cara temuan diketahui').selectOption({ label: 'Patroli pengawasan' });
    await page
      .getByLabel('Uraian temuan')
      .fill('Kepala desa memasang spanduk dukungan kepada salah satu calon bupati.');
    await page.getByLabel('Nama terlapor').fill('Sutrisno');
    await page.getByLabel(/^Jabatan/).fill('Kepala Desa');
    await page.getByLabel('Kelompok jabatan').selectOption({ label: 'Pelaksana' });
    await page.getByLabel('Jenis kepegawaian').selectOption({ label: 'PNS' });
    await s.screenshot(page, 'case-finding-form');
    await page.getByRole('button', { name: 'Simpan temuan' }).click();

    // The first case of a fresh database: the case page's code and the new case both load here.
    const heading = await visible(page.getByRole('heading', { level: 1, name: /^Kasus NTR-/ }), 30_000);
    reference = (await textOf(heading)).replace('Kasus ', '');
    caseUrl = new URL(page.url()).pathname;
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await visible(page.getByRole('status').filter({ hasText: `Temuan tercatat sebagai kasus ${reference}` }));
    expect(await textOf(page.getByRole('region', { name: 'Ringkasan' }))).toContain('Diterima');
    await s.screenshot(page, 'case-created');
  });

  it('finds the case in the inbox under "Tugas saya" and by its number', async () => {
    await page.getByRole('link', { name: '← Kembali ke kotak masuk' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kotak masuk kasus' }));
    const mine = page.getByRole('tabpanel', { name: 'Tugas saya' });
    await visible(mine.getByRole('link', { name: reference }));
    const myTab = await visible(page.getByRole('tab', { name: /Tugas saya\s*1/ }));
    await expectReadable({ tabCount: myTab.getByText('1', { exact: true }) });

    await page.getByRole('tab', { name: /^Semua/ }).click();
    await page.getByLabel('Nomor kasus atau nama terlapor').fill(reference);
    const all = page.getByRole('tabpanel', { name: /^Semua/ });
    await visible(all.getByText('Menampilkan 1–1 dari 1'));
    expect(new URL(page.url()).searchParams.get('tab')).toBe('all');
    await s.screenshot(page, 'case-inbox');
    await page.goBack();
    await visible(page.getByRole('tab', { name: /Tugas saya/, selected: true }));
    await page.goForward();
    await visible(page.getByRole('tab', { name: /^Semua/, selected: true }));
    await all.getByRole('link', { name: reference }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Kasus ${reference}` }));
  });

  it('registers the case through the generated form, and a stale second tab is told the case changed', async () => {
    // A second tab of the same officer opens the case before the registration: it holds version 1.
    const stale = await page.context().newPage();
    await stale.goto(caseUrl);
    await visible(stale.getByRole('heading', { level: 1, name: `Kasus ${reference}` }));

    await page.getByRole('button', { name: 'Registrasi' }).click();
    const formHeading = await visible(page.getByRole('heading', { level: 3, name: 'Registrasi' }));
    expect(await formHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Simpan: Registrasi' }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'isian yang perlu diperbaiki' }));
    await fillRegistration(page, '012/Reg/Kab.Pbg/2024');
    await s.screenshot(page, 'case-register-form');
    await page.getByRole('button', { name: 'Simpan: Registrasi' }).click();

    await visible(page.getByRole('status').filter({ hasText: 'Langkah “Registrasi” tercatat.' }));
    const summary = page.getByRole('region', { name: 'Ringkasan' });
    await visible(summary.getByText('Teregistrasi'));
    const events = page.getByTestId('timeline-event');
    await visible(events.nth(1));
    expect(await events.count()).toBe(2);
    const registered = await textOf(events.nth(1));
    expect(registered).toContain('Registrasi');
    expect(registered).toContain('Staf Bawaslu');
    expect(registered).toContain('Diterima → Teregistrasi');
    expect(registered).toContain('012/Reg/Kab.Pbg/2024');
    expect(await page.getByRole('button', { name: 'Registrasi', exact: true }).count()).toBe(0);
    await s.screenshot(page, 'case-registered');
    await expectReadable({
      dueSoonDeadline: page.getByRole('region', { name: 'Tenggat' }).getByText(/jatuh tempo dalam/),
      successNotice: page.getByText('Langkah “Registrasi” tercatat.'),
      actionButton: page.getByRole('button', { name: 'Mulai kajian' }),
    });

    await stale.getByRole('button', { name: 'Registrasi' }).click();
    await fillRegistration(stale, '013/Reg/Kab.Pbg/2024');
    await stale.getByRole('button', { name: 'Simpan: Registrasi' }).click();
    await visible(stale.getByRole('alert').filter({ hasText: 'Orang lain mengubah kasus ini' }));
    await visible(stale.getByRole('region', { name: 'Ringkasan' }).getByText('Teregistrasi'));
    await s.screenshot(stale, 'case-conflict');
    await expectReadable({ conflictNotice: stale.getByText(/Orang lain mengubah kasus ini/) });
    await stale.close();
  });

  it('uploads a document to the case and lists it with a download link', async () => {
    const upload = page.getByRole('group', { name: 'Unggah dokumen' });
    await upload.getByLabel('Jenis dokumen').selectOption({ label: 'Berita acara' });
    await upload.locator('input[type=file]').setInputFiles({
      name: 'berita-acara-klarifikasi.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await upload.getByRole('button', { name: 'Unggah' }).click();
    const documents = page.getByRole('table', { name: 'Dokumen' });
    const link = await visible(documents.getByRole('link', { name: 'berita-acara-klarifikasi.pdf' }));
    expect(await textOf(documents)).toContain('Berita acara');
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await s.screenshot(page, 'case-documents');
  });

  it('a PPK officer sees what the agency owes in the PPK portal, with the overdue count up top', async () => {
    // A case walked to the PPK's desk in November 2024: its follow-up period has long passed.
    const desks = await createDesks(s.app.app);
    const owed = await (await CaseDriver.create(s.app.db.pool, desks)).walk(PATH_TO_AWAITING_PPK);
    const account = await aStaffAccount(s, 'ppk_staf');
    const ppkPage = await s.newPage();
    await ppkPage.goto('/masuk');
    await signInFirstTime(ppkPage, account);
    await ppkPage
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Portal PPK' })
      .click();
    await visible(ppkPage.getByRole('heading', { level: 1, name: 'Portal PPK' }));
    const figures = ppkPage.getByRole('group', { name: 'Ringkasan tindak lanjut' });
    await visible(figures.getByText('kasus terlambat'));
    expect(await textOf(figures)).toMatch(/1\s*kasus terlambat/);
    const table = ppkPage.getByRole('table', { name: 'Kasus yang menunggu tindak lanjut PPK' });
    const row = table.getByRole('row').filter({ hasText: 'Menunggu tindak lanjut PPK' });
    expect(await textOf(row)).toMatch(/terlambat \d+ hari/);
    // The registered case of the first tests is still at Bawaslu: it is not the PPK's to see.
    expect(await table.getByRole('link', { name: reference }).count()).toBe(0);
    await s.screenshot(ppkPage, 'ppk-portal');
    await row.getByRole('link').click();
    await visible(ppkPage.getByRole('heading', { level: 1, name: /^Kasus NTR-/ }));
    expect(new URL(ppkPage.url()).pathname).toBe(`/staf/kasus/${owed.id}`);
  });

  it('shows the case in English, and raised no page errors', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Case ${reference}` }));
    await visible(page.getByRole('heading', { name: 'Steps you can take' }));
    await visible(page.getByTestId('timeline-event').nth(1).getByText('Received → Registered'));
    await s.screenshot(page, 'case-page-en');
    expect(s.pageErrors(page).filter((e) => !/\b40[14]\b/.test(e))).toEqual([]);
  });
});
