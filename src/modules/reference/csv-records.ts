import { parse } from 'csv-parse/sync';

/**
 * Parses CSV with a header row into records (RFC 4180, via csv-parse). A record with the wrong number of fields
 * or an unterminated quote throws, naming the file and the line.
 */
export function parseCsvRecords(text: string, fileName: string): Record<string, string>[] {
  try {
    return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  } catch (err) {
    throw new Error(`${fileName}: ${(err as Error).message}`);
  }
}
