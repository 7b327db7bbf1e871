import type { RegionDetail } from '../../../modules/reference/schema';
import { useApi } from '../../api/use-api';

/** "Kabupaten Purbalingga (33.03)": a region code with its name once loaded; the bare code if the name fails. */
export function RegionName({ code }: { code: string }) {
  const { data } = useApi<RegionDetail>(`/api/reference/regions/${encodeURIComponent(code)}`);
  return <>{data ? `${data.name} (${code})` : code}</>;
}
