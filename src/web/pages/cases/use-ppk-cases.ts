import { useCallback, useEffect, useState } from 'react';
import type { CasePage, CaseSummary } from '../../../modules/cases/case-api-schema';
import { apiGet, withQuery } from '../../api/api-client';

const PAGE_SIZE = 100;

export interface PpkCases {
  items: CaseSummary[] | undefined;
  /** More open cases are at the PPK's stages than one page brings (the list then shows the soonest due). */
  isTruncated: boolean;
  error: Error | undefined;
  reload: () => void;
}

/** The open cases at the PPK's stages that the user may see, soonest due first, in one request. */
export function usePpkCases(): PpkCases {
  const [items, setItems] = useState<CaseSummary[] | undefined>(undefined);
  const [isTruncated, setTruncated] = useState(false);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    apiGet<CasePage>(
      withQuery('/api/cases', { progress: 'ppk', sort: 'due_on', pageSize: PAGE_SIZE }),
      controller.signal,
    )
      .then((page) => {
        setItems(page.items);
        setTruncated(page.totalIsLowerBound || page.total > page.items.length);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err : new Error(String(err)));
      });
    return () => controller.abort();
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { items, isTruncated, error, reload };
}
