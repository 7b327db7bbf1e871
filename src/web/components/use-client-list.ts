import { useMemo } from 'react';

export interface ClientList<T> {
  rows: T[];
  total: number;
}

/**
 * Search and paging done in the browser, for short catalogues (tens of rows) the API sends whole. Matches every
 * word of `q` anywhere in the row's text, ignoring case and accents.
 */
export function useClientList<T>(
  items: T[],
  textOf: (item: T) => string,
  q: string,
  page: number,
  pageSize: number,
): ClientList<T> {
  return useMemo(() => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const words = fold(q).split(/\s+/).filter(Boolean);
    const matching = words.length
      ? items.filter((item) => words.every((w) => fold(textOf(item)).includes(w)))
      : items;
    return { rows: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length };
  }, [items, textOf, q, page, pageSize]);
}
