// Another laporan or temuan on an existing case, through the case page: a Bawaslu officer adds a laporan with its
// reporter to a case still in `received`, sees both intakes and the timeline entry, and is told when someone else
// changed the case first.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../src/modules/cases';
import { createCaseAs, getCase } from '../support/case-factory';
import { signInAs, type StaffSession } from '../support/staff-session';
import { startBrowserSession, type BrowserSession } from './support/browser-session';
import { field } from './support/case-page';
import { textOf, visible } from './support/screen';
import { aStaffAccount, signInFirstTime } from './support/staff-login';

describe('adding a laporan or temuan to a case', () => {
  let s: BrowserSession;
  let page: Page;
  let api: StaffSession;
  let created: CaseDetail;
  beforeAll(async () => {
    s = await startBrowserSession();
    page = await s.newPage();
    // A temuan of 1 Nov 2024 in Purbalingga, recorded through the API by a colleague of the same office.
    api = await signInAs(s.app.app, 'bawaslu_staf');
    created = await createCaseAs(s.app.app, api);
  });
  afterAll(async () => {
    await s?.close();
  });

  const intakes = () => page.getByTestId('case-intake');
  const form = () => page.getByRole('form', { name: 'Tambah laporan/temuan' });

  it('a Bawaslu officer adds a laporan with its reporter and sees it among the intakes and in the timeline', async () => {
    const account = await aStaffAccount(s, 'bawaslu_staf');
    await page.goto('/masuk');
    await signInFirstTime(page, account);
    await page.goto(`/staf/kasus/${created.id}`);
    await visible(page.getByRole('heading', { level: 1, name: `Kasus ${created.referenceNumber}` }));
    await visible(intakes().first());
    expect(await intakes().count()).toBe(1);

    const toggle = page.getByRole('button', { name: 'Tambah laporan/temuan' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const heading = await visible(page.getByRole('heading', { level: 3, name: 'Tambah laporan/temuan' }));
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);

    // By keyboard: the arrow keys move between laporan and temuan; a temuan has no reporter block.
    const laporan = form().getByRole('radio', { name: /^Laporan dari masyarakat/ });
    expect(await laporan.isChecked()).toBe(true);
    await laporan.focus();
    await page.keyboard.press('ArrowDown');
    expect(await form().getByRole('radio', { name: 'Temuan pengawas' }).isChecked()).toBe(true);
    expect(
      await form()
        .getByLabel(/^Nama pelapor/)
        .count(),
    ).toBe(0);
    await page.keyboard.press('ArrowUp');
    expect(await laporan.isChecked()).toBe(true);

    // The empty form: every missing field is marked beside it, and focus goes to the first one.
    await form().getByRole('button', { name: 'Simpan laporan' }).click();
    await visible(form().getByRole('alert').filter({ hasText: 'isian yang perlu diperbaiki' }));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

    await field(form(), 'Cara laporan disampaikan').selectOption({ label: 'Datang langsung' });
    await field(form(), 'Uraian laporan').fill(
      'Warga melaporkan kepala seksi yang sama berkampanye di balai desa.',
    );
    await field(form(), 'Tanggal pelapor mengetahui kejadian').fill('2024-11-02');
    await field(form(), 'Nama pelapor').fill('Siti Pelapor Kedua');
    await field(form(), 'Nomor telepon pelapor').fill('0812 3456 7890');
    await s.screenshot(page, 'case-add-intake-form');
    await form().getByRole('button', { name: 'Simpan laporan' }).click();

    await visible(page.getByRole('status').filter({ hasText: 'Laporan tambahan tercatat pada kasus ini.' }));
    await visible(intakes().nth(1));
    expect(await intakes().count()).toBe(2);
    const added = await textOf(intakes().nth(1));
    expect(added).toContain('Laporan · Datang langsung');
    expect(added).toContain('Pelapor tercatat (identitas tersegel)');
    expect(added).not.toContain('Siti');
    const events = page.getByTestId('timeline-event');
    expect(await events.count()).toBe(2);
    const entry = await textOf(events.nth(1));
    expect(entry).toMatch(/^Laporan tambahan dicatat/);
    expect(entry).toContain('Pelapor: tercatat, identitas tersegel');
    expect(await form().count()).toBe(0);
    await s.screenshot(page, 'case-add-intake-done');
  });

  it('is told the case changed when a colleague added an intake first, and saves on the fresh version', async () => {
    await page.getByRole('button', { name: 'Tambah laporan/temuan' }).click();
    await form().getByRole('radio', { name: 'Temuan pengawas' }).check();
    await field(form(), 'Cara temuan diketahui').selectOption({ label: 'Media sosial' });
    await field(form(), 'Uraian temuan').fill(
      'Unggahan media sosial terlapor mengajak memilih salah satu paslon.',
    );

    // A day before the act passes the form's own check; the server refuses it beside the field.
    const receivedOn = field(form(), 'Tanggal temuan dicatat');
    const today = await receivedOn.inputValue();
    await receivedOn.fill('2024-10-01');
    await form().getByRole('button', { name: 'Simpan temuan' }).click();
    await visible(form().getByRole('alert').filter({ hasText: '1 isian yang perlu diperbaiki' }));
    expect(await receivedOn.getAttribute('aria-invalid')).toBe('true');
    await visible(form().getByText('tidak boleh sebelum tanggal kejadian (2024-11-01)'));
    expect(await receivedOn.evaluate((el) => el === document.activeElement)).toBe(true);
    await s.screenshot(page, 'case-add-intake-field-error');
    await receivedOn.fill(today);

    const current = (await getCase(s.app.app, api, created.id)).json<CaseDetail>();
    const colleague = await s.app.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/intakes`,
      headers: api.headers,
      payload: {
        expectedVersion: current.version,
        intake: {
          kind: 'temuan',
          channel: 'patrol',
          receivedOn: '2024-11-05',
          summary: 'Temuan patroli kedua.',
        },
      },
    });
    expect(colleague.statusCode, colleague.body).toBe(201);

    await form().getByRole('button', { name: 'Simpan temuan' }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Orang lain mengubah kasus ini' }));
    await visible(intakes().nth(2));
    await s.screenshot(page, 'case-add-intake-conflict');
    await form().getByRole('button', { name: 'Simpan temuan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Temuan tambahan tercatat pada kasus ini.' }));
    await visible(intakes().nth(3));
    expect(await textOf(page.getByTestId('timeline-event').last())).toMatch(/^Temuan tambahan dicatat/);
  });

  it('reads in English, and raised no page errors', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('button', { name: 'Add a report or finding' }));
    await visible(page.getByTestId('timeline-event').nth(1).getByText('Another report recorded'));
    // The browser logs the refusals this file provokes (400 field error, 409 conflict) as failed loads.
    expect(s.pageErrors(page).filter((e) => !/\b40[0149]\b/.test(e))).toEqual([]);
  });
});
