/**
 * A small RFC 4180 CSV reader and writer.
 *
 * - Fields are separated by commas and records by CRLF or LF (a lone CR is kept as data).
 * - A field that starts with a double quote is quoted: it runs to the next lone quote, may hold
 *   commas, quotes doubled as `""` and line breaks.
 * - A UTF-8 byte-order mark at the start is dropped; a final line break does not make an empty record.
 * - Malformed input (an unterminated quoted field, text right after a closing quote) throws a
 *   CsvError that names the line.
 *
 * Pure: no Node APIs, so it can run anywhere.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`CSV line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/** Parses CSV text into records (arrays of fields). Every record keeps the fields it has. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  if (i >= n) return records;

  let record: string[] = [];
  for (;;) {
    // Read one field starting at i.
    let field: string;
    if (text[i] === '"') {
      const startLine = line;
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new CsvError('unterminated quoted field', startLine);
        out += text.slice(j, q);
        if (text[q + 1] === '"') {
          out += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      line += countNewlines(out);
      field = out;
      const c = text[i];
      if (i < n && c !== ',' && c !== '\n' && !(c === '\r' && text[i + 1] === '\n')) {
        throw new CsvError(`unexpected ${JSON.stringify(c)} after a closing quote`, line);
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 /* , */ || c === 10 /* \n */) break;
        if (c === 13 /* \r */ && text.charCodeAt(j + 1) === 10) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    record.push(field);

    if (i >= n) {
      records.push(record);
      break;
    }
    if (text[i] === ',') {
      i++;
      if (i >= n) {
        // A trailing comma ends the text with an empty last field.
        record.push('');
        records.push(record);
        break;
      }
      continue;
    }
    // A record separator: \n or \r\n.
    i += text[i] === '\r' ? 2 : 1;
    line++;
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  return records;
}

function countNewlines(s: string): number {
  let k = 0;
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) k++;
  return k;
}

/**
 * Parses CSV with a header row into objects keyed by the header, checking that the named
 * columns exist. A record with more fields than the header, or too few to reach every required
 * column, is an error; missing optional fields read as "". A blank line is skipped.
 */
export function parseCsvObjects(
  text: string,
  requiredColumns: readonly string[],
  what = 'CSV',
): Record<string, string>[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new Error(`${what}: empty file, expected a header with ${requiredColumns.join(', ')}`);
  const names = header.map((h) => h.trim());
  for (const col of requiredColumns) {
    if (!names.includes(col)) {
      throw new Error(`${what}: missing column "${col}" (header is: ${names.join(', ')})`);
    }
  }
  const lastRequired = Math.max(-1, ...requiredColumns.map((c) => names.indexOf(c)));
  const out: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0] === '') continue;
    // A short record is fine as long as it has every required column (the rest read as "").
    if (row.length > names.length || row.length <= lastRequired) {
      throw new Error(`${what}: record ${r + 1} has ${row.length} fields, the header has ${names.length}`);
    }
    const obj: Record<string, string> = {};
    for (let c = 0; c < names.length; c++) obj[names[c]!] = row[c] ?? '';
    out.push(obj);
  }
  return out;
}

/** Quotes a field when it holds a comma, a quote, a line break or leading/trailing space. */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** One CSV record, without the line break. */
export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
