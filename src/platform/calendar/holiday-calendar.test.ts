import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHolidayCalendar } from './holiday-calendar';
import { HOLIDAYS_FILE, loadHolidayCalendarFile } from './holiday-calendar-file';

interface HolidayJson {
  years: Record<string, { date: string; kind: string }[]>;
  decrees: Record<string, { removed_dates: string[] }>;
}
type Change = (f: HolidayJson) => void;
const shipped = JSON.parse(fs.readFileSync(HOLIDAYS_FILE, 'utf8')) as HolidayJson;

/** A deep copy of the shipped file with one change applied. */
function variant(change: Change): unknown {
  const copy = structuredClone(shipped);
  change(copy);
  return copy;
}

describe('loadHolidayCalendar', () => {
  it('builds the shipped calendar: 2019–2027, 215 entries on 214 distinct dates, 2027 medium confidence', () => {
    // domain/holidays-id.md, "Counts per year": entries 21+22+17+20+27+29+28+25+26 = 215; 2021 has 16 distinct.
    const cal = loadHolidayCalendarFile();
    expect([cal.firstYear, cal.lastYear]).toEqual([2019, 2027]);
    expect(cal.holidays.size).toBe(214);
    expect([...cal.holidays.values()].reduce((n, hs) => n + hs.length, 0)).toBe(215);
    expect(cal.yearConfidence.get(2027)).toBe('medium');
    expect(cal.yearConfidence.get(2024)).toBe('high');
  });

  it.each([
    ['an unknown kind', (f) => void (f.years['2024']![0]!.kind = 'libur_daerah'), 'years.2024.0.kind'],
    ['an impossible date', (f) => void (f.years['2024']![0]!.date = '2024-02-30'), 'years.2024.0.date'],
    [
      'a date filed under the wrong year',
      (f) => void (f.years['2024']![0]!.date = '2025-01-01'),
      'years.2024.0.date',
    ],
    [
      'a removed date that is still listed',
      (f) => void f.decrees['2024']!.removed_dates.push('2024-02-14'),
      'decrees.2024.removed_dates.0',
    ],
    ['a gap in the covered years', (f) => void delete f.years['2022'], 'years.2023'],
    ['a covered year without its decrees', (f) => void delete f.decrees['2025'], 'decrees.2025'],
  ] satisfies [string, Change, string][])(
    'refuses a file with %s, naming the field',
    (_what, change, field) => {
      expect(() => loadHolidayCalendar(variant(change))).toThrow(`Invalid holiday data at ${field}:`);
    },
  );

  it('refuses something that is not a holiday file at all', () => {
    expect(() => loadHolidayCalendar({ hello: 'world' })).toThrow(/^Invalid holiday data at country/);
  });
});
