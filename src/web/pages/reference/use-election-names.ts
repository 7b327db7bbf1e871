import { useApi } from '../../api/use-api';
import type { ElectionSummary } from './election-labels';

/** Election names by id (pilkada-2024 → its full name), falling back to the id until loaded. */
export function useElectionNames(): (id: string) => string {
  const { data } = useApi<ElectionSummary[]>('/api/reference/elections');
  const names = new Map((data ?? []).map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id;
}
