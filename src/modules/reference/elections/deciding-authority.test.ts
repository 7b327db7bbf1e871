import { describe, expect, it } from 'vitest';
import { decidingAuthorityAt, type AuthorityPeriod } from './deciding-authority';
import { parseJsonFile, readReferenceFiles, REFERENCE_FILES } from '../reference-files';

const periods = parseJsonFile(
  readReferenceFiles().texts.decidingAuthorities,
  REFERENCE_FILES.decidingAuthorities,
) as AuthorityPeriod[];

describe('decidingAuthorityAt (REF §1.1: KASN until 24 Aug 2024, then BKN)', () => {
  it.each([
    ['2019-04-17', 'kasn'],
    ['2020-12-09', 'kasn'],
    ['2024-08-23', 'kasn'],
    ['2024-08-24', 'bkn'],
    ['2024-11-27', 'bkn'],
    ['2030-01-01', 'bkn'],
  ])('a case forwarded on %s is decided by %s', (date, code) => {
    expect(decidingAuthorityAt(periods, date)?.code).toBe(code);
  });

  it('answers nothing when no period covers the date', () => {
    const bounded: AuthorityPeriod[] = [
      { code: 'x', name: 'X', validFrom: '2020-01-01', validTo: '2021-01-01' },
    ];
    expect(decidingAuthorityAt(bounded, '2019-12-31')).toBeUndefined();
    expect(decidingAuthorityAt(bounded, '2021-01-01')).toBeUndefined();
  });

  it('refuses a malformed date', () => {
    expect(() => decidingAuthorityAt(periods, '2024-8-24')).toThrow(/YYYY-MM-DD/);
  });
});
