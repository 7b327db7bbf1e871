// What a person does on the case page (/staf/kasus/:id): upload a document in its document section, open one of
// the steps offered, fill the generated form and save it. Labels are the Indonesian UI's.
import type { Locator, Page } from 'playwright-core';
import { tinyPdf } from '../../support/case-documents';
import { visible } from './screen';

/** Uploads a small PDF as `kind` ("Berita acara", "Surat", "Keputusan") in the page's document section. */
export async function uploadToCase(page: Page, kind: string, fileName: string): Promise<void> {
  // Exact: an open step form has its own group, "Unggah dokumen untuk langkah ini".
  const upload = page.getByRole('group', { name: 'Unggah dokumen', exact: true });
  await upload.getByLabel('Jenis dokumen').selectOption({ label: kind });
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: tinyPdf() });
  await upload.getByRole('button', { name: 'Unggah' }).click();
  await visible(page.getByRole('table', { name: 'Dokumen' }).getByRole('link', { name: fileName }));
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The control labelled exactly `label` (Mantine adds " *" to a required field's name, the forms "(opsional)" to
 * an optional one): "Nomor keputusan" must not find "Nomor keputusan pemblokiran".
 */
export function field(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${literal(label)}( \\*| \\(opsional\\))?$`));
}

/** Presses the step's button under "Langkah yang dapat Anda ambil" and returns its form. */
export async function openStep(page: Page, label: string): Promise<Locator> {
  const actions = page.getByRole('region', { name: 'Langkah yang dapat Anda ambil' });
  await (await visible(actions.getByRole('button', { name: label, exact: true }))).click();
  return visible(page.getByRole('form', { name: label, exact: true }));
}

/** Picks catalogue codes in a searchable multi-select: type the code, click the entry that starts with it. */
export async function pickCodes(form: Locator, label: string, codes: string[]): Promise<void> {
  const page = form.page();
  const input = field(form, label);
  for (const code of codes) {
    await input.click();
    await input.pressSequentially(code);
    await (await visible(page.getByRole('option', { name: new RegExp(`^${code} ·`) }))).click();
  }
  await input.press('Escape');
}

/** Ticks an uploaded document in the step's documents field ("name.pdf (Berita acara)"). */
export async function attach(form: Locator, fileName: string): Promise<void> {
  await form.getByRole('checkbox', { name: new RegExp(`^${literal(fileName)} \\(`) }).check();
}

/** Saves the open step and waits for the page to confirm it and show it as the timeline's `events`-th entry. */
export async function saveStep(page: Page, form: Locator, label: string, events: number): Promise<void> {
  await form.getByRole('button', { name: `Simpan: ${label}` }).click();
  await visible(page.getByRole('status').filter({ hasText: `Langkah “${label}” tercatat.` }));
  const timeline = page.getByTestId('timeline-event');
  const last = await visible(timeline.nth(events - 1));
  const shown = await timeline.count();
  if (shown !== events) throw new Error(`after "${label}" the timeline shows ${shown} steps, not ${events}`);
  if (!(await last.innerText()).startsWith(label)) throw new Error(`the last step shown is not "${label}"`);
}
