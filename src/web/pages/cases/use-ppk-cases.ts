import { useCallback, useEffect, useState } from 'react';
import type { CasePage, CaseSummary } from '../../../modules/cases/case-api-schema';
import { apiGet, withQuery } from '../../api/api-client';
import { PPK_STATES } from './case-labels';

const PER_STATE = 100;

export interface PpkCases {
  items: CaseSummary[] | undefined;
  /** Some state has more open cases than one request brings (the list then shows the soonest due of each). */
  isTruncated: boolean;
  error: Error | undefined;
  reload: () => void;
}

function byDueDate(a: CaseSummary, b: CaseSummary): number {
  const da = a.deadline?.dueOn ?? '9999-12-31';
  const db = b.deadline?.dueOn ?? '9999-12-31';
  return da === db ? a.referenceNumber.localeCompare(b.referenceNumber) : da < db ? -1 : 1;
}

/**
 * The open cases at the PPK's stages that the user may see, soonest due first. The inbox filters one state at
 * a time, so this asks once per PPK state and merges the answers.
 */
export function usePpkCases(): PpkCases {
  const [items, setItems] = useState<CaseSummary[] | undefined>(undefined);
  const [isTruncated, setTruncated] = useState(false);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    const path = (state: string) => withQuery('/api/cases', { state, sort: 'due_on', pageSize: PER_STATE });
    Promise.all(PPK_STATES.map((s) => apiGet<CasePage>(path(s), controller.signal)))
      .then((pages) => {
        setItems(pages.flatMap((p) => p.items).sort(byDueDate));
        setTruncated(pages.some((p) => p.total > p.items.length));
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err : new Error(String(err)));
      });
    return () => controller.abort();
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { items, isTruncated, error, reload };
}
