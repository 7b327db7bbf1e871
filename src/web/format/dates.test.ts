import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, jakartaToday } from './dates';

describe('date formatting', () => {
  it('writes a calendar date in words in Bahasa Indonesia and in English, on the same day', () => {
    expect(formatDate('2024-02-14', 'id')).toBe('14 Februari 2024');
    expect(formatDate('2024-02-14', 'en')).toBe('14 February 2024');
  });

  it('writes a range with a dash, a single day once, and nothing when a date is unknown', () => {
    expect(formatDateRange('2023-11-28', '2024-02-10', 'id')).toBe('28 November 2023 – 10 Februari 2024');
    expect(formatDateRange('2024-02-14', '2024-02-14', 'en')).toBe('14 February 2024');
    expect(formatDateRange(null, null, 'id')).toBeUndefined();
  });

  it('gives today as the day in Jakarta, which starts seven hours before UTC', () => {
    expect(jakartaToday(new Date('2024-02-13T16:59:00Z'))).toBe('2024-02-13');
    expect(jakartaToday(new Date('2024-02-13T17:00:00Z'))).toBe('2024-02-14');
  });
});
