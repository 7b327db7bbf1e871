import type { Agency } from '../../../modules/reference/agencies/schema';
import { useApi } from '../../api/use-api';

/** "Pemerintah Kabupaten Purbalingga (pemda-33.03)": an agency code with its name once loaded; the bare code if
 *  the name fails. */
export function AgencyName({ code }: { code: string }) {
  const { data } = useApi<Agency>(`/api/reference/agencies/${encodeURIComponent(code)}`);
  return <>{data ? `${data.name} (${code})` : code}</>;
}
