/**
 * A small CSV reader (RFC 4180: comma-separated, double quotes around fields that hold commas, quotes or line
 * breaks, "" for a quote) for the data files kept beside the content. Returns rows keyed by the header, or the
 * first problem with its line and column and what to write instead.
 */
export type CsvResult = { ok: true; header: string[]; rows: Record<string, string>[] } | { ok: false; line: number; column: number; message: string };

export function parseCsv(text: string): CsvResult {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let column = 0;
  let recordLine = 1;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const ch = src[i]!;
    column++;
    if (ch === '"' && field === '') {
      // Quoted field: up to the closing quote; "" is a quote.
      const openLine = line;
      const openColumn = column;
      i++;
      for (;;) {
        if (i >= src.length) return { ok: false, line: openLine, column: openColumn, message: 'this quoted field is never closed: add the closing "' };
        const c = src[i]!;
        if (c === '"' && src[i + 1] === '"') {
          field += '"';
          i += 2;
          column += 2;
        } else if (c === '"') {
          i++;
          column++;
          break;
        } else {
          if (c === '\n') {
            line++;
            column = 0;
          } else column++;
          field += c;
          i++;
        }
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, line, column: column + 1, message: 'text after a closing quote: put the whole field in quotes, and write a quote inside as ""' };
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      line++;
      column = 0;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  const nonEmpty = records.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
  if (nonEmpty.length === 0) return { ok: false, line: 1, column: 1, message: 'the file is empty: write a header line, e.g. metric,unit,series,value,source' };
  const [head, ...body] = nonEmpty;
  const header = head!.fields.map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  for (const r of body) {
    if (r.fields.length !== header.length) {
      return { ok: false, line: r.line, column: 1, message: `${r.fields.length} fields, but the header has ${header.length} (${header.join(', ')}); quote a field that contains a comma` };
    }
    rows.push(Object.fromEntries(header.map((h, k) => [h, r.fields[k]!.trim()])));
  }
  return { ok: true, header, rows };
}
