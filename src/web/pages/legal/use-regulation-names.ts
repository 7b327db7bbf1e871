import type { z } from 'zod';
import type { ZRegulationList } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';

export type Regulation = z.infer<typeof ZRegulationList>['items'][number];

/** Short citations by regulation code (pp-94-2021 → "PP 94/2021"), to label the other catalogues. */
export function useRegulationNames(): (code: string | null) => string {
  const { data } = useApi<z.infer<typeof ZRegulationList>>('/api/reference/legal/regulations');
  const names = new Map((data?.items ?? []).map((r) => [r.code, r.shortName]));
  return (code) => (code ? (names.get(code) ?? code) : '—');
}
