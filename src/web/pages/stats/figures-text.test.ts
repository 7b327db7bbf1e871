import { describe, expect, it } from 'vitest';
import * as csv from '../../../modules/stats/stats-csv';
import { cellText, rateText } from './figures-text';
import { statsApiPath, statsCsvPath } from './stats-query';

const params = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('statistics figures on the page', () => {
  it('writes a withheld cell as the CSV does, and counts in the reader’s language', () => {
    expect(cellText(null, 3, 'id')).toBe(csv.cellText(null, 3));
    expect(cellText(1234, 3, 'id')).toBe('1.234');
    expect(cellText(1234, 3, 'en')).toBe('1,234');
  });

  it('gives the follow-up rate as a percentage, and a dash when it cannot be computed', () => {
    expect(rateText(0.4286, 'en')).toBe('42.9%');
    expect(rateText(null, 'id')).toBe('—');
  });

  it('asks the API and the CSV for the same figures, leaving out an unknown breakdown', () => {
    const get = params({ election: 'pilkada-2024', province: '33', by: 'month' });
    expect(statsApiPath(get)).toBe('/api/public/stats?election=pilkada-2024&province=33&by=month');
    expect(statsCsvPath(get)).toBe('/api/public/stats.csv?election=pilkada-2024&province=33&by=month');
    expect(statsApiPath(params({ by: 'shoe-size' }))).toBe('/api/public/stats');
  });
});
