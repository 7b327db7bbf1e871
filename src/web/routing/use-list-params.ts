import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The address bar's query now. React Router hands updaters the params of the last render, which lag behind when
 * two filters change before React re-renders (navigations run in a transition); the history API does not lag.
 */
function latestParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

export interface ListParams {
  /** The current value of a filter ('' when unset). */
  get: (name: string) => string;
  page: number;
  /** Sets filters (an empty value removes one) and goes back to page 1. */
  setFilters: (values: Record<string, string>) => void;
  setPage: (page: number) => void;
}

/**
 * A list's filters and page kept in the address (?q=…&page=2), so the back button, a reload and a shared link
 * all show the same rows.
 */
export function useListParams(): ListParams {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const setFilters = useCallback(
    (values: Record<string, string>) =>
      setParams(
        () => {
          const next = latestParams();
          for (const [k, v] of Object.entries(values)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setPage = useCallback(
    (n: number) =>
      setParams(() => {
        const next = latestParams();
        if (n > 1) next.set('page', String(n));
        else next.delete('page');
        return next;
      }),
    [setParams],
  );
  return { get: (name) => params.get(name) ?? '', page, setFilters, setPage };
}
