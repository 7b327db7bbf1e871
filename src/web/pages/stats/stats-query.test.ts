import { describe, expect, it } from 'vitest';
import { statsApiPath, statsCsvPath, statsFilterOf, trendApiPath } from './stats-query';

const params = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('the statistics pages’ address and API queries', () => {
  it('reads the filters from the address, dropping what the API would refuse', () => {
    expect(
      statsFilterOf(
        params({ election: 'pemilu-2024', province: '33', regency: '33.03', asOf: '2024-02-06' }),
      ),
    ).toEqual({ election: 'pemilu-2024', province: '33', regency: '33.03', asOf: '2024-02-06' });
    expect(statsFilterOf(params({ election: 'Pemilu 2024', province: '3', asOf: '6 Feb' }))).toEqual({
      election: '',
      province: '',
      regency: '',
      asOf: '',
    });
  });

  it('keeps a kab/kota only inside the province chosen', () => {
    expect(statsFilterOf(params({ province: '33', regency: '34.01' })).regency).toBe('');
    expect(statsFilterOf(params({ regency: '33.01' })).regency).toBe('');
  });

  it('asks the API and the CSV for the same figures, the CSV cut to the columns the table shows', () => {
    const f = statsFilterOf(params({ election: 'pilkada-2024', province: '33', asOf: '2024-11-30' }));
    expect(statsApiPath(f, 'category')).toBe(
      '/api/public/stats?election=pilkada-2024&province=33&asOf=2024-11-30&by=category',
    );
    expect(statsCsvPath(f, 'category', ['reported', 'proven', 'followUpRate'])).toBe(
      '/api/public/stats.csv?election=pilkada-2024&province=33&asOf=2024-11-30&by=category' +
        '&columns=reported%2Cproven%2CfollowUpRate',
    );
    expect(statsCsvPath(f)).toBe('/api/public/stats.csv?election=pilkada-2024&province=33&asOf=2024-11-30');
  });

  it('gives the monthly series the election and area only: it counts as of every month’s end', () => {
    const f = statsFilterOf(
      params({ election: 'pemilu-2024', province: '33', regency: '33.03', asOf: '2024-02-06' }),
    );
    expect(trendApiPath(f)).toBe('/api/public/stats/trend?election=pemilu-2024&province=33&regency=33.03');
  });
});
