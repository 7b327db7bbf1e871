import type { z } from 'zod';
import type { ZDocumentKind } from '../../../modules/cases/case-api-schema';

export type DocumentKind = z.infer<typeof ZDocumentKind>;

export function documentContentUrl(caseId: string, documentId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/content`;
}

/** "1,2 MB", "830 kB" (decimal units, as file managers show them). */
export function formatSize(bytes: number, locale: string): string {
  const units = [
    [1e6, 'MB'],
    [1e3, 'kB'],
  ] as const;
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / size);
      return `${n} ${unit}`;
    }
  }
  return `${bytes} B`;
}
