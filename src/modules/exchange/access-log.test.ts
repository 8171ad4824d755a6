// The access-log download: whatever a purpose or a name contains, each cell comes back as written (a cell that
// a spreadsheet would run as a formula comes back defused, with a leading apostrophe).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessLogCsv, type AccessLogRow } from './access-log.js';

/** A strict RFC 4180 reader, for the test only. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i += 1; continue; }
      cell += c; i += 1; continue;
    }
    if (c === '"') { quoted = true; i += 1; continue; }
    if (c === ',') { row.push(cell); cell = ''; i += 1; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    cell += c; i += 1;
  }
  return rows;
}

const defused = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('the CSV download of the access log', () => {
  it('round-trips every cell, quotes, commas, line breaks and Chinese included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '户', ',', '"', '\n', '\r', '=', '+', '-', '@', ' ', '1') });
    fc.assert(fc.property(fc.array(fc.record({ seq: fc.nat(), at: text, action: text, reader: text, department: text, client: text, data: text, purpose: text, queryId: text }), { maxLength: 5 }),
      (rows: AccessLogRow[]) => {
        const csv = accessLogCsv(rows);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const [header, ...back] = readCsv(csv.slice(1));
        expect(header).toHaveLength(9);
        expect(back).toEqual(rows.map((r) => [String(r.seq), r.at, r.action, r.reader, r.department, r.client, r.data, r.purpose, r.queryId].map(defused)));
      }));
  });
});
