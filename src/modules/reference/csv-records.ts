import { parse } from 'csv-parse/sync';

/**
 * Parses CSV with a header row into records (RFC 4180, via csv-parse). A record with the wrong number of fields
 * or an unterminated quote throws, naming the file and the line.
 */
export function parseCsvRecords(text: string, fileName: string): Record<string, string>[] {
  try {
    return parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, bom: true });
  } catch (err) {
    throw new Error(`${fileName}: ${(err as Error).message}`, { cause: err });
  }
}
