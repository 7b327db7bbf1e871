import { describe, expect, it } from 'vitest';
import type { LeagueFigures } from '../../../../modules/stats/league-schema';
import { sortLeague, type LeagueRow } from './league-sort';

const figures = (f: Partial<LeagueFigures>): LeagueFigures => ({
  received: 0,
  inTime: 0,
  late: 0,
  outstanding: 0,
  overdue: 0,
  blocked: 0,
  other: 0,
  followUpRate: null,
  medianDaysToDecree: null,
  ...f,
});
const row = (code: string, name: string, f: Partial<LeagueFigures>): LeagueRow => ({
  agencyCode: code,
  agencyName: name,
  figures: figures(f),
});

const rows = [
  row('a', 'Pemkab Purbalingga', { outstanding: 56, followUpRate: 0.2, medianDaysToDecree: 40 }),
  row('b', 'Pemkab Wakatobi', { outstanding: null, followUpRate: null }),
  row('c', 'Pemkot Bima', { outstanding: 0, followUpRate: 0.9, medianDaysToDecree: 12 }),
];
const codes = (r: LeagueRow[]) => r.map((x) => x.agencyCode);

describe('sorting the PPK league table', () => {
  it('puts a withheld count last, whichever way the column is sorted', () => {
    expect(codes(sortLeague(rows, 'outstanding', 'descending'))).toEqual(['a', 'c', 'b']);
    expect(codes(sortLeague(rows, 'outstanding', 'ascending'))).toEqual(['c', 'a', 'b']);
  });

  it('puts an unknown rate or median last, whichever way the column is sorted', () => {
    expect(codes(sortLeague(rows, 'followUpRate', 'descending'))).toEqual(['c', 'a', 'b']);
    expect(codes(sortLeague(rows, 'followUpRate', 'ascending'))).toEqual(['a', 'c', 'b']);
    expect(codes(sortLeague(rows, 'medianDaysToDecree', 'ascending'))).toEqual(['c', 'a', 'b']);
  });

  it('sorts agencies by name as Indonesian readers expect', () => {
    expect(codes(sortLeague(rows, 'agency', 'ascending'))).toEqual(['a', 'b', 'c']);
    expect(codes(sortLeague(rows, 'agency', 'descending'))).toEqual(['c', 'b', 'a']);
  });
});
