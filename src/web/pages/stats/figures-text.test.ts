import { describe, expect, it } from 'vitest';
import * as csv from '../../../modules/stats/stats-csv';
import { cellText, rateText } from './figures-text';

describe('statistics figures on the page', () => {
  it('writes a withheld cell as the CSV does, and counts in the reader’s language', () => {
    expect(cellText(null, 'id')).toBe(csv.cellText(null));
    expect(cellText(1234, 'id')).toBe('1.234');
    expect(cellText(1234, 'en')).toBe('1,234');
  });

  it('gives the follow-up rate as a percentage, and a dash when it cannot be computed', () => {
    expect(rateText(0.4286, 'en')).toBe('42.9%');
    expect(rateText(null, 'id')).toBe('—');
  });
});
