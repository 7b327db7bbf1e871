import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error';
import { holidaysOn } from './holiday-calendar';
import { loadHolidayCalendarFile } from './holiday-calendar-file';
import { addCalendarDays, jakartaDate, parseIsoDate } from './iso-date';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

/*
 * Expected values are counted by hand from data/reference/holidays-id.json (weekday in brackets). Notation:
 * LN libur nasional, CB cuti bersama, PS pemungutan suara (voting day), RM a date in decrees[Y].removed_dates
 * (an ordinary working day), "=k" the k-th working day counted. The start day never counts (UU 7/2017
 * Pasal 454(6): "7 hari kerja sejak diketahui").
 */
const calendar = loadHolidayCalendarFile();
const d = parseIsoDate;

describe('addWorkingDays', () => {
  it.each([
    // Idul Fitri 2024: Mon 8 CB, Tue 9 CB, Wed 10 LN, Thu 11 LN, Fri 12 CB, Sat 13, Sun 14, Mon 15 CB.
    ['2024-04-04', 1, '2024-04-05', 'Thu before Lebaran 2024 +1: Fri 5 Apr is still a working day'],
    ['2024-04-04', 2, '2024-04-16', 'Thu 4 Apr 2024 +2: Fri 5 =1, then 6–15 Apr all off, Tue 16 =2'],
    [
      '2024-04-05',
      7,
      '2024-04-24',
      'Fri 5 Apr 2024 +7 across Lebaran: Tue 16 =1, Wed 17 =2, Thu 18 =3, Fri 19 =4, Mon 22 =5, Tue 23 =6, Wed 24 =7',
    ],
    [
      '2024-04-10',
      1,
      '2024-04-16',
      'start on Idul Fitri day 1 (Wed 10 Apr 2024, LN) +1: first working day after is Tue 16',
    ],
    ['2024-04-13', 1, '2024-04-16', 'start on Sat 13 Apr 2024 +1: Sun 14, Mon 15 CB, Tue 16 =1'],
    [
      '2025-03-27',
      7,
      '2025-04-16',
      'Thu 27 Mar 2025 +7: Fri 28 CB, 29–30 weekend, Mon 31 & Tue 1 LN, Wed 2–Fri 4 CB, 5–6 weekend, Mon 7 CB; Tue 8 =1 … Wed 16 =7',
    ],
    [
      '2023-04-18',
      1,
      '2023-04-26',
      'Tue 18 Apr 2023 +1: Wed 19–Tue 25 off (CB/LN/weekend), Wed 26 (RM, was CB in the base SKB) =1',
    ],
    // Voting days.
    [
      '2024-02-07',
      7,
      '2024-02-21',
      'Wed 7 Feb 2024 +7: Thu 8 LN, Fri 9 CB, 10–11 weekend, Mon 12 =1, Tue 13 =2, Wed 14 PS Pemilu, Thu 15 =3, Fri 16 =4, Mon 19 =5, Tue 20 =6, Wed 21 =7',
    ],
    ['2024-02-13', 1, '2024-02-15', 'Tue 13 Feb 2024 +1 skips Wed 14 (PS Pemilu 2024): Thu 15'],
    [
      '2024-11-25',
      3,
      '2024-11-29',
      'Mon 25 Nov 2024 +3: Tue 26 =1, Wed 27 PS Pilkada 2024, Thu 28 =2, Fri 29 =3',
    ],
    [
      '2020-12-07',
      7,
      '2020-12-17',
      'Mon 7 Dec 2020 +7: Tue 8 =1, Wed 9 PS Pilkada 2020, Thu 10 =2 … Thu 17 =7',
    ],
    [
      '2019-04-15',
      4,
      '2019-04-23',
      'Mon 15 Apr 2019 +4: Tue 16 =1, Wed 17 PS Pemilu 2019, Thu 18 =2, Fri 19 LN Good Friday, Mon 22 =3, Tue 23 =4',
    ],
    // Year boundaries.
    [
      '2024-12-24',
      3,
      '2024-12-31',
      'Tue 24 Dec 2024 +3: Wed 25 LN, Thu 26 CB, Fri 27 =1, Mon 30 =2, Tue 31 =3',
    ],
    [
      '2024-12-24',
      4,
      '2025-01-02',
      'Tue 24 Dec 2024 +4 into 2025: after Tue 31 =3, Wed 1 Jan LN, Thu 2 Jan =4',
    ],
    [
      '2020-12-23',
      3,
      '2020-12-30',
      'Wed 23 Dec 2020 +3: Thu 24 CB, Fri 25 LN, Mon 28, Tue 29, Wed 30 are RM (working) =1..3',
    ],
    [
      '2020-12-23',
      4,
      '2021-01-04',
      'Wed 23 Dec 2020 +4: Thu 31 Dec CB, Fri 1 Jan 2021 LN, 2–3 weekend, Mon 4 Jan =4',
    ],
    ['2018-12-31', 0, null, 'a start in 2018 (before the data) is refused even for n = 0'],
    ['2027-12-30', 1, '2027-12-31', 'Thu 30 Dec 2027 +1: Fri 31 Dec 2027, the last covered day'],
    [
      '2027-12-31',
      1,
      null,
      'Fri 31 Dec 2027 +1 would need 3 Jan 2028, outside the data: refused, not guessed',
    ],
    ['2027-12-30', 2, null, 'Thu 30 Dec 2027 +2 runs into 2028: refused'],
    // 2021: 13 May is both Ascension Day and Idul Fitri; 17–19 May were CB in the base SKB and removed.
    [
      '2021-05-11',
      1,
      '2021-05-17',
      'Tue 11 May 2021 +1: Wed 12 CB, Thu 13 LN (two holidays), Fri 14 LN, weekend, Mon 17 (RM) =1',
    ],
    ['2021-05-11', 3, '2021-05-19', 'Tue 11 May 2021 +3: Mon 17 =1, Tue 18 =2, Wed 19 =3 (all three RM)'],
    // Removed dates in 2020 (SKB 440/2020 and 391/2020).
    ['2020-05-20', 1, '2020-05-22', 'Wed 20 May 2020 +1: Thu 21 LN Ascension, Fri 22 (RM) =1'],
    [
      '2020-05-20',
      2,
      '2020-05-26',
      'Wed 20 May 2020 +2: Fri 22 =1, weekend (Sun 24 LN), Mon 25 LN, Tue 26 (RM) =2',
    ],
    // Weekends and ordinary weeks.
    ['2024-07-05', 1, '2024-07-08', 'Fri 5 Jul 2024 +1: Sat 6, Sun 7 (also LN Islamic New Year), Mon 8 =1'],
    [
      '2025-10-06',
      5,
      '2025-10-13',
      'Mon 6 Oct 2025 +5, no holidays in October 2025: Tue 7 … Fri 10, Mon 13 =5',
    ],
    [
      '2025-08-15',
      1,
      '2025-08-19',
      'Fri 15 Aug 2025 +1: Sat 16, Sun 17 LN, Mon 18 CB (added by SKB 933/2025), Tue 19 =1',
    ],
    [
      '2027-03-05',
      3,
      '2027-03-18',
      'Fri 5 Mar 2027 (medium-confidence year) +3: Mon 8 LN … Mon 15 CB off, Tue 16 =1, Wed 17 =2, Thu 18 =3',
    ],
    ['2024-07-08', 0, '2024-07-08', 'n = 0 returns the start day'],
    ['2024-04-10', 0, '2024-04-10', 'n = 0 returns the start day even on a holiday (Idul Fitri 2024)'],
  ] as const)('%s + %i working days = %s (%s)', (start, n, expected, _why) => {
    if (expected === null) {
      expect(() => addWorkingDays(d(start), n, calendar)).toThrow(CalendarError);
      return;
    }
    expect(addWorkingDays(d(start), n, calendar)).toBe(expected);
    expect(workingDaysBetween(d(start), d(expected), calendar)).toBe(n);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a day count of %s with negative_days', (n) => {
    expect(() => addWorkingDays(d('2024-07-08'), n, calendar)).toThrow(
      expect.objectContaining({ kind: 'negative_days' }),
    );
  });

  it('answers a date outside the data with a BAD_REQUEST naming the covered years and the date', () => {
    const err = (() => {
      try {
        addWorkingDays(d('2028-01-03'), 1, calendar);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CalendarError);
    expect(err).toMatchObject({ code: 'BAD_REQUEST', status: 400, kind: 'outside_coverage' });
    expect((err as Error).message).toContain('2019–2027');
    expect((err as Error).message).toContain('2028-01-03');
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2019-01-01', false, 'Tue 1 Jan 2019, New Year (LN), first covered day'],
    ['2019-04-17', false, 'Wed 17 Apr 2019, Pemilu 2019 (PS, Keppres 10/2019)'],
    ['2020-12-09', false, 'Wed 9 Dec 2020, Pilkada 2020 (PS, Keppres 22/2020)'],
    ['2024-02-14', false, 'Wed 14 Feb 2024, Pemilu 2024 (PS, Keppres 10/2024)'],
    ['2024-11-27', false, 'Wed 27 Nov 2024, Pilkada 2024 (PS, Keppres 33/2024)'],
    ['2024-11-26', true, 'Tue 26 Nov 2024, the day before Pilkada'],
    ['2021-05-13', false, 'Thu 13 May 2021, Ascension Day and Idul Fitri on one day'],
    ['2020-05-22', true, 'Fri 22 May 2020, CB removed by SKB 440/2020 (RM)'],
    ['2020-12-28', true, 'Mon 28 Dec 2020, replacement CB removed by SKB 744/2020 (RM)'],
    ['2020-12-31', false, 'Thu 31 Dec 2020, the replacement CB that was kept'],
    ['2021-12-24', true, 'Fri 24 Dec 2021, CB removed by SKB 712/2021 (RM)'],
    ['2022-07-09', false, 'Sat 9 Jul 2022: a removed date (Idul Adha moved to 10 Jul) but still a Saturday'],
    ['2023-06-30', false, 'Fri 30 Jun 2023, CB added by SKB 624/2023'],
    ['2025-08-18', false, 'Mon 18 Aug 2025, CB added by SKB 933/2025'],
    ['2024-04-01', true, 'Mon 1 Apr 2024, Easter Monday is not a holiday in Indonesia'],
    ['2024-06-01', false, 'Sat 1 Jun 2024, Pancasila Day on a Saturday (no substitute day)'],
    ['2026-03-20', false, 'Fri 20 Mar 2026, CB Idul Fitri'],
    ['2027-12-31', true, 'Fri 31 Dec 2027, last covered day, ordinary'],
  ] as const)('%s is a working day: %s (%s)', (date, expected, _why) => {
    expect(isWorkingDay(d(date), calendar)).toBe(expected);
  });

  it.each(['2018-12-31', '2028-01-01', '1999-06-15'])(
    'refuses %s, outside 2019–2027, instead of assuming no holidays',
    (date) => {
      expect(() => isWorkingDay(d(date), calendar)).toThrow(
        expect.objectContaining({ kind: 'outside_coverage' }),
      );
    },
  );

  it('lists Easter Sunday as a national holiday from 2024 and not in 2023', () => {
    // 2024-03-31 (Sun) is LN "Easter Sunday" (Keppres 8/2024); 2023-04-09 (Easter) is not in the 2023 list.
    expect(holidaysOn(calendar, d('2024-03-31')).map((h) => [h.name_en, h.kind])).toEqual([
      ['Easter Sunday', 'libur_nasional'],
    ]);
    expect(holidaysOn(calendar, d('2023-04-09'))).toEqual([]);
    expect(isWorkingDay(d('2024-03-31'), calendar)).toBe(false);
  });

  it('holds both holidays of 13 May 2021 on one date', () => {
    expect(holidaysOn(calendar, d('2021-05-13')).map((h) => h.name_en)).toEqual([
      'Ascension Day',
      'Eid al-Fitr (day 1)',
    ]);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2024-07-08', '2024-07-08', 0, 'same day: the period (from, to] is empty'],
    ['2024-04-05', '2024-04-24', 7, 'Fri 5 → Wed 24 Apr 2024 across Lebaran (see addWorkingDays)'],
    ['2024-04-24', '2024-04-05', -7, 'the same period backwards is negative'],
    ['2024-04-07', '2024-04-15', 0, 'Sun 7 → Mon 15 Apr 2024: every day from 8 to 15 is CB, LN or weekend'],
    ['2024-04-15', '2024-04-07', 0, '…and backwards still 0'],
    ['2024-04-05', '2024-04-16', 1, 'Fri 5 → Tue 16 Apr 2024: only Tue 16'],
    ['2020-12-23', '2021-01-04', 4, 'Wed 23 Dec 2020 → Mon 4 Jan 2021: 28, 29, 30 Dec (RM) and 4 Jan'],
    ['2024-02-07', '2024-02-21', 7, 'Wed 7 → Wed 21 Feb 2024 across Isra Mikraj, CB Imlek and Pemilu'],
    [
      '2021-05-10',
      '2021-05-17',
      2,
      'Mon 10 → Mon 17 May 2021: Tue 11 and Mon 17; the double holiday on 13 May counts once',
    ],
    ['2024-07-05', '2024-07-08', 1, 'Fri → Mon over a weekend: 1'],
    ['2024-07-08', '2024-07-05', -1, 'Mon → Fri backwards: -1'],
    [
      '2023-12-31',
      '2024-12-31',
      238,
      'all of 2024: 262 weekdays (366 days, 1 Jan a Monday) minus 24 of its 29 holidays that fall on weekdays (10 Feb, 31 Mar, 1 Jun, 7 Jul, 17 Aug are weekends)',
    ],
  ] as const)('(%s, %s] holds %i working days (%s)', (from, to, expected, _why) => {
    expect(workingDaysBetween(d(from), d(to), calendar)).toBe(expected);
  });

  it.each([
    ['2027-12-30', '2028-01-05'],
    ['2018-12-28', '2019-01-02'],
  ] as const)('refuses (%s, %s], which leaves the covered years', (from, to) => {
    expect(() => workingDaysBetween(d(from), d(to), calendar)).toThrow(
      expect.objectContaining({ kind: 'outside_coverage' }),
    );
  });
});

describe('jakartaDate', () => {
  it.each([
    ['2024-02-13T16:59:59.999Z', '2024-02-13', '23:59:59.999 WIB, still 13 Feb'],
    ['2024-02-13T17:00:00.000Z', '2024-02-14', '00:00 WIB, Pemilu day has begun'],
    ['2023-12-31T16:59:00.000Z', '2023-12-31', '23:59 WIB on New Year’s Eve'],
    ['2023-12-31T17:00:00.000Z', '2024-01-01', 'midnight WIB: the new year starts 7 h before UTC'],
    ['2024-02-28T17:00:00.000Z', '2024-02-29', 'leap day begins at 17:00 UTC on 28 Feb'],
    ['2024-07-08T00:00:00.000Z', '2024-07-08', '07:00 WIB'],
  ] as const)('%s falls on %s in Jakarta (%s)', (instant, expected, _why) => {
    expect(jakartaDate(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => jakartaDate(new Date('nope'))).toThrow(expect.objectContaining({ kind: 'invalid_date' }));
  });
});

describe('addCalendarDays and parseIsoDate', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29', 'leap year'],
    ['2023-02-28', 1, '2023-03-01', 'common year'],
    ['2024-12-25', 7, '2025-01-01', 'across a year, holidays irrelevant'],
    ['2030-01-01', 1, '2030-01-02', 'needs no holiday data, so any year works'],
    ['2024-04-10', 0, '2024-04-10', 'n = 0'],
  ] as const)('%s + %i calendar days = %s (%s)', (start, n, expected, _why) => {
    expect(addCalendarDays(d(start), n)).toBe(expected);
  });

  it('refuses a negative calendar day count', () => {
    expect(() => addCalendarDays(d('2024-01-01'), -1)).toThrow(
      expect.objectContaining({ kind: 'negative_days' }),
    );
  });

  it.each(['2023-02-29', '2024-13-01', '2024-2-3', '2024-02-03T00:00:00Z', ''])(
    'refuses %j as a date',
    (s) => {
      expect(() => parseIsoDate(s)).toThrow(
        expect.objectContaining({ kind: 'invalid_date', code: 'BAD_REQUEST' }),
      );
    },
  );
});
