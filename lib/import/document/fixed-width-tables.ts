/**
 * Tables laid out with spaces (a text extraction that kept the page layout): a header row of
 * column names at fixed positions, rows whose cells wrap onto the lines below. Each such table
 * is rewritten as one tab-separated line per row (at the row's first line, the lines it took up
 * left blank), the shape the table parsers (action log, agenda plan) already read.
 */
import { isBlank } from "../source-lines";
import type { Line } from "../source-lines";

interface Column { start: number }

const GAP = /\s{2,}/;
const SEPARATOR = /^\s*[-=_]{10,}\s*$/;

/** The lines with every fixed-width table turned into tab rows; the same array when there is none. */
export function withFixedWidthTablesAsTabs<T extends Line>(lines: T[]): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i].text);
    if (!columns) continue;
    const table = readTable(lines, i, columns);
    if (!table) continue;
    out ??= lines.slice();
    for (let k = i; k < table.end; k++) out[k] = { ...lines[k], text: "" };
    for (const row of table.rows) out[row.index] = { ...lines[row.index], text: row.cells.join("\t") };
    i = table.end - 1;
  }
  return out ?? lines;
}

/** Word starts of a line: [offset, word] for each run of non-space characters. */
function words(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (const m of text.matchAll(/\S+/g)) out.push([m.index ?? 0, m[0]]);
  return out;
}

/** A header: at least four short cells separated by runs of two or more spaces, no tabs, no sentence. */
function headerColumns(text: string): Column[] | null {
  if (text.includes("\t") || text.length < 30 || text.length > 240 || /[.;:]\s*$/.test(text)) return null;
  const cells = text.trim().split(GAP);
  if (cells.length < 4 || cells.some((c) => c.length > 25 || !/^[A-Za-z(]/.test(c))) return null;
  const columns: Column[] = [];
  let from = 0;
  for (const c of cells) {
    const at = text.indexOf(c, from);
    columns.push({ start: at });
    from = at + c.length;
  }
  return columns;
}

function columnOf(columns: Column[], offset: number): number {
  let k = 0;
  // A word may start a character or two before its column (ragged alignment).
  while (k + 1 < columns.length && columns[k + 1].start <= offset + 1) k++;
  return k;
}

/** A line under a group's first row with a second-column cell and another cell: a row of its own, not a wrap. */
function startsSubRow(ws: [number, string][], columns: Column[]): boolean {
  const used = new Set(ws.map(([at]) => columnOf(columns, at)));
  return used.has(1) && used.size >= 2;
}

interface Table { end: number; rows: { index: number; cells: string[] }[] }

function readTable(lines: Line[], headerIndex: number, columns: Column[]): Table | null {
  const names = columns.map(() => "");
  for (const [at, w] of words(lines[headerIndex].text)) {
    const k = columnOf(columns, at);
    names[k] = names[k] ? `${names[k]} ${w}` : w;
  }
  let i = headerIndex + 1;
  // A header wrapped onto the next line ("Meeting" / "date"), then an optional rule.
  while (i < lines.length && i <= headerIndex + 2 && !isBlank(lines[i]) && !SEPARATOR.test(lines[i].text) && words(lines[i].text).every(([at]) => columns.some((c) => Math.abs(c.start - at) <= 1))) {
    for (const [at, w] of words(lines[i].text)) names[columnOf(columns, at)] += ` ${w}`;
    i++;
  }
  if (i < lines.length && SEPARATOR.test(lines[i].text)) i++;
  const rows: Table["rows"] = [{ index: headerIndex, cells: names }];
  let current: { index: number; cells: string[] } | null = null;
  let firstCellShape: RegExp | null = null;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const text = lines[i].text;
    if (isBlank(text)) {
      if (++blanks >= 2) break;
      continue;
    }
    if (text.includes("\t") || text.includes("\f")) break;
    const ws = words(text);
    const startsRow = ws[0][0] < columns[1].start - 1;
    if (startsRow) {
      const firstCell = text.slice(0, columns[1].start).trim();
      firstCellShape ??= /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(firstCell) ? /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/ : null;
      // A line that does not start like the rows before it (a key, a footnote) ends the table.
      if (current && firstCellShape && !firstCellShape.test(firstCell)) break;
      if (ws.length < 2) break;
      current = { index: i, cells: columns.map(() => "") };
      rows.push(current);
    } else if (!current || blanks > 0 && ws.every(([at]) => at > columns[columns.length - 1].start + 20)) {
      break;
    } else if (startsSubRow(ws, columns)) {
      // Another row of the same group: the first cell (a date) is printed once for the group.
      current = { index: i, cells: columns.map(() => "") };
      rows.push(current);
    }
    blanks = 0;
    for (const [at, w] of ws) {
      const k = columnOf(columns, at);
      current.cells[k] = current.cells[k] ? `${current.cells[k]} ${w}` : w;
    }
  }
  if (rows.length < 2) return null;
  return { end: i, rows };
}
