import { describe, expect, it } from 'vitest';
import { formatCount } from './counts';

describe('counts', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatCount(65536, 'id')).toBe('65.536');
    expect(formatCount(65536, 'en')).toBe('65,536');
  });

  it('marks a count that stopped at its cap with a plus', () => {
    expect(formatCount(1000, 'id', true)).toBe('1.000+');
    expect(formatCount(950, 'en')).toBe('950');
  });
});
