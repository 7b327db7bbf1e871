/**
 * Parses RFC 4180 CSV with a header row into records. The region files are small and well formed (one field
 * is quoted: `"Ra""as"`), so a dozen lines beat a dependency; malformed input throws with the line number.
 */
export function parseCsvRecords(text: string, fileName: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) throw new Error(`${fileName}: unterminated quote (line ${line})`);
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header) throw new Error(`${fileName}: empty file`);
  return body.map((r, index) => {
    if (r.length !== header.length) {
      throw new Error(`${fileName}: record ${index + 1} has ${r.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((h, k) => [h, r[k] ?? '']));
  });
}
