import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './csv-records';

describe('parseCsvRecords', () => {
  it('reads quoted fields with doubled quotes and CRLF line ends', () => {
    expect(parseCsvRecords('code,name\r\n35.29.22,"Ra""as"\r\n35.29.23,"A, B"\r\n', 't.csv')).toEqual([
      { code: '35.29.22', name: 'Ra"as' },
      { code: '35.29.23', name: 'A, B' },
    ]);
  });

  it('names the file and record when a row has the wrong number of fields', () => {
    expect(() => parseCsvRecords('code,name\n11,Aceh,extra\n', 'provinces.csv')).toThrow(
      /^provinces\.csv: .*columns length is 2, got 3 on line 2/,
    );
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsvRecords('code,name\n11,"Aceh\n', 'p.csv')).toThrow(/^p\.csv: Quote Not Closed/);
  });
});
