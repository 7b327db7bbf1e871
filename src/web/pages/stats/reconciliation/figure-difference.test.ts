import { describe, expect, it } from 'vitest';
import type { Reconciliation } from '../../../../modules/stats/reconciliation-schema';
import { publishedLines, verdictOf } from './figure-difference';

type Published = Reconciliation['published'][number];

const published = (values: [Published['netra'][number]['netra'], number, number | null][]): Published => ({
  figure: {
    id: 'kasn-2021-12-16',
    electionId: 'pilkada-2020',
    agency: 'kasn',
    asOf: '2021-12-16',
    asOfConfidence: 'verified',
    unit: 'asn',
    values: values.map(([netra, value]) => ({ label: netra, netra, value })),
    calibrates: false,
    confidence: 'verified',
    source: 'REF §2.2',
    note: null,
  },
  netra: values.map(([netra, , value]) => ({ netra, value })),
});

describe('a published figure beside Netra’s count', () => {
  it('reads KASN’s Dec 2021 recap as lower than Netra’s count, line by line', () => {
    const lines = publishedLines(
      published([
        ['forwarded', 2007, 2034],
        ['proven', 1588, 1597],
        ['sanctioned', 1365, 1423],
      ]),
    );
    expect(lines.map((l) => l.difference)).toEqual([
      { kind: 'lower', by: 27 },
      { kind: 'lower', by: 9 },
      { kind: 'lower', by: 58 },
    ]);
    expect(verdictOf(lines)).toBe('lower');
  });

  it('calls a figure with lines both above and below Netra’s count different, and equal lines the same', () => {
    expect(
      verdictOf(
        publishedLines(
          published([
            ['reported', 805, 694],
            ['inProcess', 5, 13],
          ]),
        ),
      ),
    ).toBe('differs');
    expect(verdictOf(publishedLines(published([['forwarded', 403, 403]])))).toBe('same');
  });

  it('leaves the difference unknown when Netra’s count of that day is withheld', () => {
    expect(publishedLines(published([['blocked', 26, null]]))[0]?.difference).toEqual({ kind: 'unknown' });
    expect(verdictOf(publishedLines(published([['blocked', 26, null]])))).toBe('unknown');
  });
});
