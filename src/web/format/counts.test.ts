import { describe, expect, it } from 'vitest';
import { formatCappedCount, formatCount } from './counts';

describe('counts', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatCount(65536, 'id')).toBe('65.536');
    expect(formatCount(65536, 'en')).toBe('65,536');
  });

  it('shows a count past its cap as the cap and a plus', () => {
    expect(formatCappedCount(1001, 1000, 'id')).toBe('1.000+');
    expect(formatCappedCount(1000, 1000, 'en')).toBe('1,000');
    expect(formatCount(950, 'en', true)).toBe('950+');
  });
});
