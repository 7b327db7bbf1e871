// The public statistics pages (issue 5) on the demo history of Pemilu 2024, read by a visitor who never signs in:
// the funnel as the API counts it, the counting day, filters that change the numbers, a CSV equal to its table,
// the map and its drill-down, the PPK league, the reconciliation and the archive, on a desktop and on a phone.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoHistory } from '../../src/modules/demo/generate-demo-history';
import { reporterIdentityKey } from '../../src/modules/cases';
import type { PpkLeague } from '../../src/modules/stats/league-schema';
import type { PublicStats } from '../../src/modules/stats/schema';
import { publishSnapshot } from '../../src/modules/stats/actions/publish-snapshot';
import { BlobStore } from '../../src/platform/blobs/blob-store';
import { createTestUser } from '../support/staff-session';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { textOf, visible } from './support/screen';
import { fetchCsv, pageRate, plainCount, tableRows } from './support/stats-tables';

const ELECTION = 'pemilu-2024';
const PHONE = { width: 390, height: 844 };
const SNAPSHOT = { id: 'pemilu-2024-6-feb-2024', title: 'Pemilu 2024: netralitas ASN per 6 Februari 2024' };

/** A recount as of a past day reads the event history: give the page time to show it. */
const SLOW = { timeout: 20_000 };

const count = (n: number | null) => (n === null ? 'x' : new Intl.NumberFormat('id-ID').format(n));

/** The headline as a person reads it: each step's label and number. */
async function headline(page: Page): Promise<Record<string, string>> {
  const items = await page
    .getByRole('region', { name: 'Dari laporan sampai sanksi' })
    .getByRole('listitem')
    .evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('p')].map((p) => p.innerText.trim())));
  return Object.fromEntries(items.map(([label = '', value = '']) => [label, value]));
}

function expectedHeadline(stats: PublicStats): Record<string, string> {
  const f = stats.funnel;
  return {
    Dilaporkan: count(f.reported),
    'Diteruskan ke BKN': count(f.forwarded),
    Terbukti: count(f.proven),
    'Dijatuhi hukuman': count(f.sanctioned),
    'Tingkat tindak lanjut': f.followUpRate === null ? '—' : pageRate(String(f.followUpRate)),
  };
}

/** Every chart and the map drawn, nothing left loading: ready for a screenshot. */
async function waitForFigures(page: Page): Promise<void> {
  const loading = page.getByText(/^(Memuat|Loading)(…| grafik…| peta…| chart…| map…)$/);
  await expect.poll(() => loading.count(), { timeout: 60_000 }).toBe(0);
  await expect
    .poll(() => page.locator('[role="img"] svg').count(), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(7);
}

/** Nothing wider than the screen: tables scroll inside their own box, the page never sideways. */
async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** How far the element's nearest scrolling ancestor scrolls sideways: 0 when it all fits. */
async function sidewaysScroll(element: Locator): Promise<number> {
  return element.evaluate((e) => {
    for (let box = e.parentElement; box; box = box.parentElement) {
      if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX))
        return box.scrollWidth - box.clientWidth;
    }
    return 0;
  });
}

describe('public statistics pages', () => {
  let s: BrowserSession;
  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${s.baseUrl}${path}`, { headers: { 'accept-language': 'id' } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    s = await startBrowserSession();
    const { config, db } = s.app;
    await generateDemoHistory({
      pool: db.pool,
      blobs: BlobStore.inDataDir(config.dataDir),
      reporterKey: reporterIdentityKey(config),
      now: new Date(),
      elections: [ELECTION],
    });
    const admin = await createTestUser(s.app.app, 'admin');
    await publishSnapshot(db.pool, {
      actor: { id: admin.id, label: admin.email },
      input: { ...SNAPSHOT, asOf: '2024-02-06', election: ELECTION },
      now: new Date(),
    });
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows the funnel the API counts, recounts it as of a past day, and narrows it to a province', async () => {
    const page = await s.newPage();
    await page.goto(`/statistik?election=${ELECTION}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Statistik netralitas ASN' }));
    const now = await api<PublicStats>(`/api/public/stats?election=${ELECTION}`);
    await expect.poll(() => headline(page), SLOW).toEqual(expectedHeadline(now));
    await visible(
      page.getByRole('navigation', { name: 'Halaman statistik' }).getByRole('link', { name: 'Ringkasan' }),
    );

    // The day KASN counted 403 forwarded, 183 proven, 97 sanctioned (agency-figures.json).
    await page.getByLabel('Per tanggal').fill('2024-02-06');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf'), SLOW).toBe('2024-02-06');
    await expect
      .poll(() => headline(page), SLOW)
      .toMatchObject({ 'Diteruskan ke BKN': '403', Terbukti: '183', 'Dijatuhi hukuman': '97' });
    await visible(
      page
        .getByRole('region', { name: 'Dari laporan sampai sanksi' })
        .getByText('Per tanggal 6 Februari 2024, dihitung ulang dari riwayat kasus'),
    );
    await page.getByRole('button', { name: 'Hari ini' }).click();
    await expect.poll(() => headline(page), SLOW).toEqual(expectedHeadline(now));

    const byProvince = await api<PublicStats>(`/api/public/stats?election=${ELECTION}&by=province`);
    const busiest = byProvince.breakdown?.rows[0];
    if (!busiest) throw new Error('the demo history has no province');
    const inProvince = await api<PublicStats>(
      `/api/public/stats?election=${ELECTION}&province=${busiest.key}`,
    );
    expect(inProvince.funnel.reported).not.toBe(now.funnel.reported);
    await page.getByLabel('Provinsi', { exact: true }).selectOption(busiest.key);
    await expect.poll(() => headline(page), SLOW).toEqual(expectedHeadline(inProvince));
    expect(new URL(page.url()).searchParams.get('province')).toBe(busiest.key);
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('draws every breakdown, and a table’s CSV holds exactly the cells of the table', async () => {
    const page = await s.newPage();
    await page.goto(`/statistik?election=${ELECTION}`);
    await waitForFigures(page);
    const section = page.getByRole('region', { name: 'Menurut bentuk pelanggaran' });
    const chart = section.locator('[role="img"]');
    expect(await chart.getAttribute('aria-label')).toContain('Diagram batang');
    await section.getByText('Tabel', { exact: true }).click();
    const rows = await tableRows(await visible(section.getByRole('table')));
    expect(rows.length).toBeGreaterThan(3);

    const href = await section
      .getByRole('link', { name: 'Unduh CSV: Menurut bentuk pelanggaran' })
      .getAttribute('href');
    const file = await fetchCsv(`${s.baseUrl}${href ?? ''}`);
    expect(file.contentType).toContain('text/csv');
    expect(file.header).toEqual([
      'counting_date',
      'category',
      'label',
      'reported',
      'forwarded',
      'proven',
      'sanctioned',
      'followUpRate',
    ]);
    const csvAsPage = file.rows.map(([, , label = '', ...cells]) => [
      label,
      ...cells.slice(0, 4),
      pageRate(cells[4] ?? ''),
    ]);
    expect(
      rows.map(([label = '', ...cells]) => [label, ...cells.slice(0, 4).map(plainCount), cells[4]]),
    ).toEqual(csvAsPage);

    // The agency chart: the 15 largest and "Lainnya"; its table lists them all.
    const agencies = page.getByRole('region', { name: 'Menurut instansi' });
    await visible(agencies.getByText(/^Grafik menampilkan 15 (kelompok terbesar|dari \d+ kelompok)/));
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('shades the provinces, drills into one province’s kab/kota and comes back', async () => {
    const page = await s.newPage();
    await page.goto(`/statistik?election=${ELECTION}`);
    await visible(page.locator('canvas[aria-label="Peta: Dilaporkan per provinsi"]'), 30_000);
    await page.getByText('Memuat peta…').waitFor({ state: 'detached', timeout: 30_000 });
    const map = page.getByRole('region', { name: 'Peta per provinsi' });
    const byProvince = await api<PublicStats>(`/api/public/stats?election=${ELECTION}&by=province`);
    const first = byProvince.breakdown?.rows[0];
    if (!first) throw new Error('no province');
    expect((await tableRows(map.getByRole('table')))[0]?.slice(0, 2)).toEqual([
      first.label,
      count(first.figures.reported),
    ]);

    await map.locator('label', { hasText: 'Tingkat tindak lanjut' }).click();
    await visible(page.locator('canvas[aria-label="Peta: Tingkat tindak lanjut per provinsi"]'));
    await map.locator('label', { hasText: 'Dilaporkan' }).click();

    const chooser = map.getByRole('combobox', { name: 'Lihat kabupaten/kota di provinsi' });
    await chooser.focus();
    await page.keyboard.type(first.label);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('province'), SLOW).toBe(first.key);
    const drilled = page.getByRole('region', { name: `Peta kabupaten/kota di ${first.label}` });
    await visible(page.locator(`canvas[aria-label="Peta: Dilaporkan per kabupaten/kota di ${first.label}"]`));
    await page.getByText('Memuat peta…').waitFor({ state: 'detached', timeout: 30_000 });
    const byRegency = await api<PublicStats>(
      `/api/public/stats?election=${ELECTION}&province=${first.key}&by=regency`,
    );
    await expect
      .poll(async () => (await tableRows(drilled.getByRole('table')))[0]?.slice(0, 2), SLOW)
      .toEqual([
        byRegency.breakdown?.rows[0]?.label,
        count(byRegency.breakdown?.rows[0]?.figures.reported ?? null),
      ]);
    await s.screenshot(page, 'stats-map-drilled');

    await drilled.getByRole('button', { name: 'Kembali ke seluruh Indonesia' }).click();
    await visible(page.locator('canvas[aria-label="Peta: Dilaporkan per provinsi"]'));
    expect(new URL(page.url()).searchParams.get('province')).toBeNull();
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('fits the overview on a desktop and on a phone, in both languages', async () => {
    for (const [name, viewport] of [
      ['desktop', undefined],
      ['phone', PHONE],
    ] as const) {
      const page = await s.newPage(viewport ? { viewport } : {});
      await page.goto(`/statistik?election=${ELECTION}`);
      await waitForFigures(page);
      await page.waitForTimeout(500);
      expect(await pageWidth(page), name).toBeLessThanOrEqual(viewport?.width ?? 1280);
      await s.screenshot(page, `stats-overview-${name}`);
      expect(s.pageErrors(page)).toEqual([]);
    }
    const page = await s.newPage();
    await page.goto(`/statistik?election=${ELECTION}`);
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'ASN neutrality statistics' }));
    await visible(page.getByRole('region', { name: 'By form of violation' }));
    await visible(page.locator('canvas[aria-label="Map: Reported by province"]'), 30_000);
    await waitForFigures(page);
    await s.screenshot(page, 'stats-overview-en');
    expect(s.pageErrors(page)).toEqual([]);
  });

  it('ranks the agencies by their follow-up of BKN’s recommendations, with the live rate', async () => {
    const league = await api<PpkLeague>(`/api/public/stats/ppk-league?election=${ELECTION}`);
    for (const [name, viewport] of [
      ['desktop', undefined],
      ['phone', PHONE],
    ] as const) {
      const page = await s.newPage(viewport ? { viewport } : {});
      await page.goto(`/statistik?election=${ELECTION}`);
      await page
        .getByRole('navigation', { name: 'Halaman statistik' })
        .getByRole('link', { name: 'Tindak lanjut PPK' })
        .click();
      await visible(page.getByRole('heading', { level: 1, name: 'Tindak lanjut PPK' }));
      expect(new URL(page.url()).searchParams.get('election')).toBe(ELECTION);
      const rate = league.totals.followUpRate;
      expect(await textOf(await visible(page.getByTestId('league-rate')))).toBe(
        rate === null ? '—' : pageRate(String(rate)),
      );
      const table = await visible(page.getByRole('table'));
      const rows = await tableRows(table);
      expect(rows[0]?.[0]).toBe('Semua instansi');
      expect(rows[0]?.[1]).toBe(count(league.totals.received));
      expect(rows.length).toBe(1 + Math.min(25, league.rows.length));
      expect(await pageWidth(page), name).toBeLessThanOrEqual(viewport?.width ?? 1280);
      // A phone scrolls the table sideways; a desktop shows every column at once.
      if (!viewport) expect(await sidewaysScroll(table)).toBe(0);
      await s.screenshot(page, `stats-league-${name}`);
      expect(s.pageErrors(page)).toEqual([]);
      if (viewport) continue;

      await page.getByRole('button', { name: 'Tingkat tindak lanjut' }).click();
      expect(
        await page.getByRole('columnheader', { name: 'Tingkat tindak lanjut' }).getAttribute('aria-sort'),
      ).toBe('descending');
      const href = await page.getByRole('link', { name: /Unduh CSV/ }).getAttribute('href');
      const file = await fetchCsv(`${s.baseUrl}${href ?? ''}`);
      expect(file.rows).toHaveLength(1 + league.rows.length);
      expect(file.rows[0]?.slice(1, 4)).toEqual(['all', 'Total', String(league.totals.received)]);
    }
  });

  it('sets the agencies’ published figures beside Netra’s count on the same day', async (ctx) => {
    const probe = await fetch(`${s.baseUrl}/api/public/stats/reconciliation?election=${ELECTION}`);
    if (probe.status === 404) ctx.skip();
    for (const [name, viewport] of [
      ['desktop', undefined],
      ['phone', PHONE],
    ] as const) {
      const page = await s.newPage(viewport ? { viewport } : {});
      await page.goto(`/statistik/rekonsiliasi?election=${ELECTION}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Rekonsiliasi antarinstansi' }));
      const kasn = await visible(page.getByRole('article', { name: 'KASN, per 6 Februari 2024' }));
      const rows = await tableRows(kasn.getByRole('table'));
      expect(rows.map((r) => r.slice(1))).toEqual([
        ['403', '403', 'sama'],
        ['183', '183', 'sama'],
        ['97', '97', 'sama'],
      ]);
      for (const agency of ['Bawaslu', 'BKN', 'Kemendagri'])
        await visible(page.getByRole('article', { name: `Cara hitung ${agency}` }));
      expect(await pageWidth(page), name).toBeLessThanOrEqual(viewport?.width ?? 1280);
      await s.screenshot(page, `stats-reconciliation-${name}`);
      expect(s.pageErrors(page)).toEqual([]);
    }
  });

  it('lists the published snapshot and shows it frozen, with its citation and CSV', async () => {
    for (const [name, viewport] of [
      ['desktop', undefined],
      ['phone', PHONE],
    ] as const) {
      const page = await s.newPage(viewport ? { viewport } : {});
      await page.goto('/statistik/arsip');
      await visible(page.getByRole('heading', { level: 1, name: 'Arsip statistik' }));
      await s.screenshot(page, `stats-archive-${name}`);
      await page.getByRole('link', { name: SNAPSHOT.title }).click();
      await visible(page.getByRole('heading', { level: 1, name: SNAPSHOT.title }));
      await expect
        .poll(() => headline(page), SLOW)
        .toMatchObject({ 'Diteruskan ke BKN': '403', Terbukti: '183', 'Dijatuhi hukuman': '97' });
      const citation = await textOf(page.getByTestId('snapshot-citation'));
      const [summary] = await api<{ sha256: string }[]>('/api/public/stats/snapshots');
      expect(citation).toContain(`SHA-256 ${summary?.sha256 ?? '?'}`);
      expect(citation).toContain(`${s.baseUrl}/statistik/arsip/${SNAPSHOT.id}`);
      expect(await pageWidth(page), name).toBeLessThanOrEqual(viewport?.width ?? 1280);
      await s.screenshot(page, `stats-snapshot-${name}`);
      const href = await page.getByRole('link', { name: /Unduh CSV/ }).getAttribute('href');
      const file = await fetchCsv(`${s.baseUrl}${href ?? ''}`);
      expect(file.rows[0]?.slice(0, 2)).toEqual(['2024-02-06', 'all']);
      expect(s.pageErrors(page)).toEqual([]);
    }
  });
});
