import { parse } from 'csv-parse/sync';
import type { Locator } from 'playwright-core';

/** A table's body as a person reads it: one array of cell texts per row (row header first). */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('th, td')].map((c) =>
          (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

/** A downloaded CSV, parsed: the header and the rows. */
export async function fetchCsv(
  url: string,
  language = 'id',
): Promise<{ header: string[]; rows: string[][]; contentType: string }> {
  const response = await fetch(url, { headers: { 'accept-language': language } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const parsed: string[][] = parse(await response.text());
  const [header = [], ...rows] = parsed;
  return { header, rows, contentType: response.headers.get('content-type') ?? '' };
}

/** "1.234" (as the page writes a count in Bahasa Indonesia) → "1234"; a withheld "x" stays. */
export const plainCount = (text: string): string => text.replace(/\./g, '');

/** "0.4286" (CSV) → "42,9%" (as the page writes the rate in Bahasa Indonesia); "" → "—". */
export const pageRate = (csvRate: string): string =>
  csvRate === ''
    ? '—'
    : new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(Number(csvRate));
