// Issue 4 acceptance, browser half: the lifecycle of test/case-lifecycle.e2e.test.ts taken through the case
// page by each desk in its own browser: a temuan is registered, clarified, decided in pleno, forwarded, verified,
// recommended (proven, sanksi sedang), left overdue by the PPK → warning → blocked → decree → unblocked → closed;
// the timeline shows every step and the audit chain verifies. Only the deadline job runs in-process.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDeadlineAlerts } from '../../src/modules/cases';
import type { StaffRole } from '../../src/modules/identity/schema';
import { verifyAuditChain } from '../../src/platform/audit';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { attach, field, openStep, pickCodes, saveStep, uploadToCase } from './support/case-page';
import { textOf, visible } from './support/screen';
import { aStaffAccount, signInAgain, signInFirstTime, type StaffAccount } from './support/staff-login';

/** One desk: a person of one role in a browser profile of their own. */
interface Desk {
  page: Page;
  account: StaffAccount;
  secret: string;
}

/** The step names the timeline shows, oldest first (labels of the workflow tables). */
const TIMELINE = [
  'Temuan dicatat',
  'Registrasi',
  'Undang klarifikasi',
  'Catat keterangan',
  'Selesaikan klarifikasi',
  'Ajukan ke pleno',
  'Teruskan ke BKN',
  'Mulai verifikasi',
  'Ajukan konsep rekomendasi',
  'Rekomendasi: terbukti',
  'Beri peringatan kepada PPK',
  'Usulkan pemblokiran',
  'Blokir data/layanan (SIASN)',
  'Serahkan keputusan hukuman (buka blokir)',
  'Buka blokir',
];

// The app's clock runs from a moment the test sets: 10:00 WIB on the given day.
let offset = 0;
const now = () => new Date(Date.now() + offset);
const setDay = (day: string) => {
  offset = new Date(`${day}T03:00:00Z`).getTime() - Date.now();
};

/** The desks that sign in on the first day; the PPK's first comes to Netra when its deadline has passed. */
const FIRST_DAY_DESKS = {
  staf: 'bawaslu_staf',
  pimpinan: 'bawaslu_pimpinan',
  analis: 'bkn_analis',
  pejabat: 'bkn_pejabat',
} as const satisfies Record<string, StaffRole>;

describe('a case from temuan to closed sanction, through the case page', () => {
  let s: BrowserSession;
  const desks = {} as Record<keyof typeof FIRST_DAY_DESKS | 'ppk', Desk>;
  let caseUrl = '';
  let reference = '';
  let events = 0;

  /** A new account of `role`, signed in (enrolling its authenticator) in a browser whose clock is the app's. */
  async function openDesk(role: StaffRole): Promise<Desk> {
    const account = await aStaffAccount(s, role);
    const page = await s.newPage();
    await page.context().clock.setSystemTime(now());
    await page.goto('/masuk');
    const secret = await signInFirstTime(page, account, now);
    return { page, account, secret };
  }

  /**
   * After the clock moved, the desk's session has lapsed: it opens `path` (the case by default), is sent to sign
   * in and comes back there. Desks that come back on the same day do so side by side, as people would.
   */
  async function comeBack(desk: Desk, path = caseUrl): Promise<void> {
    await desk.page.context().clock.setSystemTime(now());
    await desk.page.goto(path);
    await visible(desk.page.getByRole('heading', { level: 1, name: 'Masuk staf' }));
    await signInAgain(desk.page, desk.account, desk.secret, now);
    if (path === caseUrl)
      await visible(desk.page.getByRole('heading', { level: 1, name: `Kasus ${reference}` }));
  }

  /** The desk opens the case page afresh (signed in): it sees what the other desks did meanwhile. */
  async function atCase(desk: Desk): Promise<Page> {
    await desk.page.goto(caseUrl);
    await visible(desk.page.getByRole('heading', { level: 1, name: `Kasus ${reference}` }));
    return desk.page;
  }

  const stateShown = (page: Page) => textOf(page.getByRole('region', { name: 'Ringkasan' }));

  beforeAll(async () => {
    setDay('2024-11-04');
    s = await startBrowserSession({ now });
    await Promise.all(
      Object.entries(FIRST_DAY_DESKS).map(async ([key, role]) => {
        desks[key as keyof typeof FIRST_DAY_DESKS] = await openDesk(role);
      }),
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it('Bawaslu staff record the temuan, register it, clarify it and submit it to the pleno', async () => {
    const page = desks.staf.page;
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kasus' })
      .click();
    await page.getByRole('link', { name: 'Catat laporan / temuan' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Catat laporan / temuan' }));
    await page
      .getByLabel('Pemilu atau pilkada')
      .selectOption({ label: 'Pemilihan Kepala Daerah Serentak 2024' });
    await page.getByLabel(/^Kode instansi terlapor/).fill('pemda-33.03');
    await page.getByLabel('Tanggal kejadian').fill('2024-11-01');
    await page.getByLabel('Tempat kejadian').fill('Balai Desa Karangreja, Kec. Kutasari');
    await page.getByLabel('Cara temuan diketahui').selectOption({ label: 'Patroli pengawasan' });
    await page
      .getByLabel('Uraian temuan')
      .fill('Pengawas desa mendapati kepala seksi kecamatan berkampanye untuk salah satu paslon.');
    await page.getByLabel('Nama terlapor').fill('Budi Santoso');
    await page.getByLabel(/^NIP/).fill('198001012005011001');
    await page.getByLabel(/^Kode instansi tempat bekerja/).fill('pemda-33.03');
    await page.getByLabel(/^Jabatan/).fill('Kepala Seksi Pemerintahan Kecamatan');
    await page.getByLabel('Kelompok jabatan').selectOption({ label: 'Pengawas' });
    await page.getByLabel('Jenis kepegawaian').selectOption({ label: 'PNS' });
    await page.getByRole('button', { name: 'Simpan temuan' }).click();
    const heading = await visible(page.getByRole('heading', { level: 1, name: /^Kasus NTR-/ }), 30_000);
    reference = (await textOf(heading)).replace('Kasus ', '');
    caseUrl = new URL(page.url()).pathname;
    events = 1;

    let form = await openStep(page, 'Registrasi');
    await field(form, 'Nomor registrasi').fill('012/Reg/Kab.Pbg/2024');
    await form.getByRole('checkbox', { name: /^Syarat formil terpenuhi/ }).check();
    await form.getByRole('checkbox', { name: /^Syarat materiil terpenuhi/ }).check();
    await saveStep(page, form, 'Registrasi', ++events);

    form = await openStep(page, 'Undang klarifikasi');
    await field(form, 'Nama yang diundang').fill('Budi Santoso');
    await field(form, 'Sebagai').selectOption({ label: 'Terlapor' });
    await field(form, 'Tanggal klarifikasi').fill('2024-11-04');
    await saveStep(page, form, 'Undang klarifikasi', ++events);

    await uploadToCase(page, 'Berita acara', 'ba-klarifikasi.pdf');
    form = await openStep(page, 'Catat keterangan');
    await field(form, 'Pemberi keterangan').selectOption({ label: 'Terlapor' });
    await field(form, 'Nama pemberi keterangan').fill('Budi Santoso');
    await field(form, 'Tanggal keterangan').fill('2024-11-04');
    await field(form, 'Ringkasan keterangan').fill('Terlapor mengakui hadir dan berorasi di acara paslon.');
    // The step needs a document: its field says so, and saving without one is refused beside the field.
    await visible(form.getByText('Langkah ini memerlukan setidaknya satu dokumen.'));
    expect(await form.getByText('Dokumen (opsional)').count()).toBe(0);
    await form.getByRole('button', { name: 'Simpan: Catat keterangan' }).click();
    await visible(form.getByRole('alert').filter({ hasText: 'Ada 1 isian yang perlu diperbaiki' }));
    await attach(form, 'ba-klarifikasi.pdf');
    await saveStep(page, form, 'Catat keterangan', ++events);

    form = await openStep(page, 'Selesaikan klarifikasi');
    await field(form, 'Hasil klarifikasi').fill('Keterangan terlapor dan saksi saling menguatkan.');
    await saveStep(page, form, 'Selesaikan klarifikasi', ++events);

    await uploadToCase(page, 'Lainnya', 'kajian-dugaan-pelanggaran.pdf');
    form = await openStep(page, 'Ajukan ke pleno');
    await field(form, 'Ringkasan kajian').fill('Terlapor terbukti berkampanye untuk paslon.');
    await field(form, 'Usulan kesimpulan kajian').selectOption({ label: 'Diteruskan ke BKN' });
    await attach(form, 'kajian-dugaan-pelanggaran.pdf');
    await saveStep(page, form, 'Ajukan ke pleno', ++events);
    expect(await stateShown(page)).toMatch(/Status:\s*Pleno/);
  });

  it('the Bawaslu leadership forwards the pleno decision to BKN', async () => {
    const page = await atCase(desks.pimpinan);
    await uploadToCase(page, 'Surat', 'surat-penerusan.pdf');
    const form = await openStep(page, 'Teruskan ke BKN');
    await field(form, 'Tanggal pleno').fill('2024-11-04');
    await field(form, 'Nomor surat penerusan').fill('123/PP.01/K.JT-03/11/2024');
    await pickCodes(form, 'Bentuk pelanggaran', ['pp94-5n-1']);
    await form
      .getByLabel(/^Dasar penerusan/)
      .fill('Pleno menyatakan terdapat dugaan pelanggaran netralitas.');
    await attach(form, 'surat-penerusan.pdf');
    await saveStep(page, form, 'Teruskan ke BKN', ++events);
  });

  it('BKN verifies and its official recommends: proven, sanksi sedang', async () => {
    let page = await atCase(desks.analis);
    let form = await openStep(page, 'Mulai verifikasi');
    await saveStep(page, form, 'Mulai verifikasi', ++events);
    form = await openStep(page, 'Ajukan konsep rekomendasi');
    await field(form, 'Usulan hasil').selectOption({ label: 'Terbukti' });
    await field(form, 'Hasil verifikasi').fill('Bukti dan keterangan cukup: pelanggaran terbukti.');
    await saveStep(page, form, 'Ajukan konsep rekomendasi', ++events);

    page = await atCase(desks.pejabat);
    await uploadToCase(page, 'Surat', 'rekomendasi-bkn.pdf');
    form = await openStep(page, 'Rekomendasi: terbukti');
    await field(form, 'Nomor rekomendasi').fill('R-12/BKN/2024');
    await field(form, 'Tanggal rekomendasi').fill('2024-11-04');
    await pickCodes(form, 'Bentuk pelanggaran', ['pp94-5n-1']);
    await field(form, 'Jalur').selectOption({ label: 'Disiplin' });
    await field(form, 'Tingkat sanksi').selectOption({ label: 'Sedang' });
    await pickCodes(form, 'Sanksi yang direkomendasikan', ['pp94-s1', 'pp94-s2', 'pp94-s3']);
    await attach(form, 'rekomendasi-bkn.pdf');
    await s.screenshot(page, 'lifecycle-recommend-form');
    await saveStep(page, form, 'Rekomendasi: terbukti', ++events);
    expect(await stateShown(page)).toContain('Menunggu tindak lanjut PPK');
    expect(await textOf(page.getByRole('region', { name: 'Tenggat' }))).toContain('14 November 2024');
  });

  it('the PPK lets the deadline pass: the alert reaches its bell, and BKN warns', async () => {
    setDay('2024-11-15');
    expect(await raiseDeadlineAlerts(s.app.db.pool, now())).toMatchObject({ overdue: 1, escalation: 1 });

    [desks.ppk] = await Promise.all([openDesk('ppk_staf'), comeBack(desks.analis)]);
    const ppk = desks.ppk.page;
    const bell = await visible(ppk.getByRole('button', { name: 'Notifikasi, 1 belum dibaca' }));
    await bell.click();
    const alert = await visible(ppk.getByRole('link', { name: `Baru: Tenggat terlewati · ${reference}` }));
    await s.screenshot(ppk, 'lifecycle-ppk-overdue-alert');
    await alert.click();
    await visible(ppk.getByRole('heading', { level: 1, name: `Kasus ${reference}` }));
    expect(await textOf(ppk.getByRole('region', { name: 'Tenggat' }))).toContain('terlambat 1 hari');

    const page = desks.analis.page;
    await uploadToCase(page, 'Surat', 'surat-peringatan.pdf');
    const form = await openStep(page, 'Beri peringatan kepada PPK');
    await field(form, 'Nomor surat peringatan').fill('P-1/BKN/2024');
    await field(form, 'Tanggal peringatan').fill('2024-11-15');
    await attach(form, 'surat-peringatan.pdf');
    await saveStep(page, form, 'Beri peringatan kepada PPK', ++events);
  });

  it('the warning goes unanswered: BKN proposes blocking and its official blocks the data', async () => {
    setDay('2024-11-19');
    await Promise.all([comeBack(desks.analis), comeBack(desks.pejabat)]);
    let page = desks.analis.page;
    let form = await openStep(page, 'Usulkan pemblokiran');
    await field(form, 'Alasan usulan pemblokiran').fill('PPK tidak menindaklanjuti peringatan.');
    await saveStep(page, form, 'Usulkan pemblokiran', ++events);

    page = await atCase(desks.pejabat);
    await uploadToCase(page, 'Keputusan', 'keputusan-blokir.pdf');
    form = await openStep(page, 'Blokir data/layanan (SIASN)');
    await field(form, 'Nomor keputusan pemblokiran').fill('BLK-1/2024');
    await field(form, 'Tanggal keputusan pemblokiran').fill('2024-11-19');
    await field(form, 'Yang diblokir').selectOption({ label: 'Data dan layanan kepegawaian' });
    await attach(form, 'keputusan-blokir.pdf');
    await saveStep(page, form, 'Blokir data/layanan (SIASN)', ++events);
    expect(await stateShown(page)).toContain('Pemblokiran data (SIASN)');
    await s.screenshot(page, 'lifecycle-blocked');
  });

  it('the PPK submits its decree, BKN lifts the blocking, and the case closes as sanctioned', async () => {
    setDay('2024-11-21');
    await Promise.all([comeBack(desks.ppk), comeBack(desks.pejabat), comeBack(desks.staf)]);
    let page = desks.ppk.page;
    await uploadToCase(page, 'Keputusan', 'keputusan-hukuman.pdf');
    let form = await openStep(page, 'Serahkan keputusan hukuman (buka blokir)');
    await field(form, 'Nomor keputusan').fill('800/123/2024');
    await field(form, 'Tanggal keputusan').fill('2024-11-20');
    await field(form, 'Tingkat sanksi').selectOption({ label: 'Sedang' });
    await pickCodes(form, 'Sanksi yang dijatuhkan', ['pp94-s1']);
    await attach(form, 'keputusan-hukuman.pdf');
    await saveStep(page, form, 'Serahkan keputusan hukuman (buka blokir)', ++events);

    page = await atCase(desks.pejabat);
    form = await openStep(page, 'Buka blokir');
    await field(form, 'Tanggal blokir dibuka').fill('2024-11-21');
    await field(form, 'Rujukan pembukaan blokir di SIASN').fill('UNBLK-1/2024');
    await saveStep(page, form, 'Buka blokir', ++events);
  });

  it('the Bawaslu staff see the closed case with every step in its timeline, and the audit chain verifies', async () => {
    const page = await atCase(desks.staf);
    // Names beside the codes, once the reference data has loaded: the agency, and the violation form with its
    // text from the catalogue.
    const region = page.getByRole('region', { name: 'Ringkasan' });
    await visible(region.getByText('Pemerintah Kabupaten Purbalingga (pemda-33.03)'));
    await visible(region.getByText(/^pp94-5n-1 · \S+/));
    const summary = await stateShown(page);
    expect(summary).toMatch(/Status:\s*Dijatuhi hukuman/);
    expect(summary).toMatch(/Hasil:\s*Dijatuhi hukuman/);
    await visible(page.getByText('Tidak ada tenggat yang sedang berjalan untuk kasus ini.'));
    expect(await page.getByRole('region', { name: 'Langkah yang dapat Anda ambil' }).innerText()).toContain(
      'Saat ini tidak ada langkah',
    );

    const timeline = page.getByTestId('timeline-event');
    expect(await timeline.count()).toBe(TIMELINE.length);
    expect(events).toBe(TIMELINE.length);
    const names = await timeline.evaluateAll((items) =>
      items.map((li) => li.querySelector('p')?.textContent?.trim() ?? ''),
    );
    expect(names).toEqual(TIMELINE);
    expect(await textOf(timeline.nth(TIMELINE.length - 1))).toContain(
      'Keputusan PPK diserahkan, menunggu pembukaan blokir → Dijatuhi hukuman',
    );
    // The recommendation names the sanctions it recorded, not only their codes.
    await visible(
      timeline
        .filter({ hasText: 'Rekomendasi: terbukti' })
        .getByText('pp94-s1 · Pemotongan tunjangan kinerja 25% selama 6 bulan'),
    );
    await s.screenshot(page, 'lifecycle-closed');

    expect(await verifyAuditChain(s.app.db.pool)).toMatchObject({ ok: true });
    // 400: the step refused for want of a document; 401: the lapsed sessions after the clock moved.
    for (const desk of Object.values(desks))
      expect(s.pageErrors(desk.page).filter((e) => !/\b40[01]\b/.test(e))).toEqual([]);
  });
});
