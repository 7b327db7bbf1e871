import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classOf,
  NO_DATA_COLOUR,
  quantileClasses,
  regionFill,
  SEQUENTIAL_COLOURS,
  shadeRegions,
} from './map-colours';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('map colours', () => {
  it('the sequential scale gets darker at every step, so it reads without hue', () => {
    const l = SEQUENTIAL_COLOURS.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1] ?? 0);
    expect(luminance(NO_DATA_COLOUR)).toBeGreaterThan((l[0] ?? 0) + 0.1);
  });

  it('splits skewed counts into five classes of about equal size', () => {
    const values = Array.from({ length: 100 }, (_, i) => i * i);
    const classes = quantileClasses(values);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [0, 361],
      [400, 1521],
      [1600, 3481],
      [3600, 6241],
      [6400, 9801],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([...SEQUENTIAL_COLOURS]);
  });

  it('never splits equal values and spreads fewer classes over the whole ramp', () => {
    const classes = quantileClasses([0, 0, 0, 0, 0, 0, 0, 5, 5, 9]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [5, 5],
      [9, 9],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([
      SEQUENTIAL_COLOURS[0],
      SEQUENTIAL_COLOURS[2],
      SEQUENTIAL_COLOURS[4],
    ]);
    expect(quantileClasses([7, 7])).toEqual([{ min: 7, max: 7, colour: SEQUENTIAL_COLOURS[0] }]);
    expect(quantileClasses([])).toEqual([]);
  });

  it('puts every value in exactly one class, in order, for any data', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 600 }), (values) => {
        const classes = quantileClasses(values);
        expect(classes.length).toBeGreaterThan(0);
        expect(classes.length).toBeLessThanOrEqual(SEQUENTIAL_COLOURS.length);
        for (let i = 1; i < classes.length; i++) {
          expect(classes[i]?.min).toBeGreaterThan(classes[i - 1]?.max ?? Infinity);
        }
        for (const v of values) {
          const c = classOf(v, classes);
          expect(c && v >= c.min && v <= c.max).toBe(true);
        }
      }),
    );
  });

  it('fills withheld and unknown regions with the no-data background, never a class colour', () => {
    const classes = quantileClasses([1, 2, 3]);
    expect(regionFill('value', 3, classes)).toBe(classes[2]?.colour);
    expect(regionFill('withheld', null, classes)).toBe(NO_DATA_COLOUR);
    expect(regionFill('noData', null, classes)).toBe(NO_DATA_COLOUR);
  });
});

describe('shading the regions shown', () => {
  it('classes only the regions on the map and tells withheld from unknown', () => {
    const { classes, shades } = shadeRegions(
      ['33.01', '33.02', '33.03', '33.04'],
      [
        { code: '33.01', value: 10 },
        { code: '33.02', value: null, withheld: true },
        { code: '33.03', value: null },
        { code: '35.01', value: 9999 },
      ],
    );
    expect(classes).toEqual([{ min: 10, max: 10, colour: SEQUENTIAL_COLOURS[0] }]);
    expect(Object.fromEntries(shades)).toEqual({
      '33.01': { status: 'value', fill: SEQUENTIAL_COLOURS[0] },
      '33.02': { status: 'withheld', fill: NO_DATA_COLOUR },
      '33.03': { status: 'noData', fill: NO_DATA_COLOUR },
      '33.04': { status: 'noData', fill: NO_DATA_COLOUR },
    });
  });
});
