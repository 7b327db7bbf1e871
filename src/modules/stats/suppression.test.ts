// Secondary suppression: whatever is published, no withheld cell can be worked out from one published sum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withheldCells, type Identity } from './suppression';

/** Every identity has either no withheld cell or at least two (total included): none can be solved for. */
function solvable(hidden: ReadonlySet<string>, identities: readonly Identity[]): Identity[] {
  return identities.filter((i) => [i.total, ...i.parts].filter((c) => hidden.has(c)).length === 1);
}

describe('withheldCells', () => {
  it('withholds small counts and a second part beside them, never zeros', () => {
    const values = new Map([
      ['total', 10],
      ['a', 1],
      ['b', 4],
      ['c', 5],
      ['d', 0],
    ]);
    const hidden = withheldCells(values, [{ total: 'total', parts: ['a', 'b', 'c', 'd'] }], 3);
    expect([...hidden].sort()).toEqual(['a', 'b']);
  });

  it('withholds the total when no other part can hide the small one', () => {
    const values = new Map([
      ['total', 2],
      ['a', 2],
      ['b', 0],
    ]);
    expect([...withheldCells(values, [{ total: 'total', parts: ['a', 'b'] }], 3)].sort()).toEqual([
      'a',
      'total',
    ]);
    const big = new Map([
      ['total', 5],
      ['a', 1],
      ['b', 0],
    ]);
    expect([...withheldCells(big, [{ total: 'total', parts: ['a', 'b'] }], 3)].sort()).toEqual([
      'a',
      'total',
    ]);
  });

  it('leaves no cell of a random table with row and column sums solvable from one sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 6 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (table) => {
          const values = new Map<string, number>();
          const identities: Identity[] = [];
          table.forEach((row, r) => {
            row.forEach((v, c) => values.set(`r${r}c${c}`, v));
            values.set(
              `r${r}t`,
              row.reduce((a, b) => a + b, 0),
            );
            identities.push({ total: `r${r}t`, parts: row.map((_, c) => `r${r}c${c}`) });
          });
          for (let c = 0; c < 3; c++) {
            values.set(
              `tc${c}`,
              table.reduce((a, row) => a + (row[c] ?? 0), 0),
            );
            identities.push({ total: `tc${c}`, parts: table.map((_, r) => `r${r}c${c}`) });
          }
          const hidden = withheldCells(values, identities, 3);
          for (const [id, v] of values) if (v > 0 && v < 3) expect(hidden.has(id)).toBe(true);
          expect(solvable(hidden, identities)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
