import type { Region } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';

/** The 38 provinces, for filter menus (one request, cached by the browser like any GET). */
export function useProvinces(): Region[] {
  const { data } = useApi<{ items: Region[]; total: number }>(
    '/api/reference/regions?level=province&pageSize=100',
  );
  return data?.items ?? [];
}
