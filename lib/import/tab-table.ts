/**
 * A small reader for the tab-separated tables that PDF extraction leaves in a pack: one line
 * per row, cells split on tabs, the header row repeated after every page break, blank lines
 * at page breaks, and rows whose first cell is empty because they continue the row above.
 * Callers say how to recognise their header; the reader returns the body rows with their
 * source lines, raw cells (markup kept, for italics or list markers) and cleaned cells.
 */
import { clean, comparisonKey, isSeparatorRow } from "./text";
import { isBlank, type Line } from "./source-lines";

export interface TableRow {
  /** 1-based source line of the row. */
  line: number;
  /** Cells as printed (markup kept), at least as many as the header has. */
  raw: string[];
  /** Cleaned cells, same length as `raw`. */
  cells: string[];
  /** True for a line without tabs that the caller accepted as part of the table. */
  loose: boolean;
}

export interface TabTable {
  /** Source line of the first header row. */
  headerLine: number;
  /** Cleaned header cells. */
  header: string[];
  rows: TableRow[];
  /** Source line of the last row or repeated header read. */
  endLine: number;
  /** Index (into the lines array) of the first line after the table. */
  nextIndex: number;
  /** True when the table runs to the end of the text (nothing readable follows it). */
  reachesEndOfText: boolean;
}

export interface TabTableOptions {
  /** Recognises this table's header row, and so its repeats after page breaks. */
  isHeader: (cells: string[]) => boolean;
  /** Lines without tabs that still belong to the table (e.g. a date marker row). */
  acceptLooseLine?: (text: string) => boolean;
  /** A tab line that starts something else (another table's header) and ends this one. */
  stopAt?: (cells: string[]) => boolean;
  /** Longest run of blank lines allowed inside the table (page breaks). Default 4. */
  maxBlankRun?: number;
  /** Cheap test on the raw line before `isHeader` runs (keeps scans over whole packs fast). */
  headerHint?: RegExp;
}

/** Page numbers left between the pages of a table ("Page 61 of 64", "12"). */
export function isPageFurniture(text: string): boolean {
  return /^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})\s*$/i.test(text);
}

/** Raw cells of a tab line; trailing empty cells kept so column positions stay put. */
export function splitRawCells(text: string): string[] {
  return text.split("\t");
}

export function isTabLine(text: string): boolean {
  return text.includes("\t");
}

/** Cleaned, comparison-ready header keys ("Deadline for draft reports" -> "deadline for draft reports"). */
export function headerKeys(cells: string[]): string[] {
  return cells.map((c) => comparisonKey(c));
}

/** True when every cell is empty after cleaning. */
export function isEmptyRow(cells: string[]): boolean {
  return cells.every((c) => c === "");
}

/** Cell `i` of a row, "" when the row is shorter. */
export function cellAt(cells: string[], i: number | undefined): string {
  return i === undefined || i < 0 ? "" : cells[i] ?? "";
}

/**
 * Map column roles to header positions. Roles are tried in the order given, each taking the
 * first unclaimed header cell its pattern matches, so list specific roles before generic ones.
 */
export function mapColumns<R extends string>(header: string[], patterns: ReadonlyArray<readonly [R, RegExp]>): Partial<Record<R, number>> {
  const keys = headerKeys(header);
  const taken = new Set<number>();
  const map: Partial<Record<R, number>> = {};
  for (const [role, re] of patterns) {
    const i = keys.findIndex((k, idx) => !taken.has(idx) && k !== "" && re.test(k));
    if (i >= 0) {
      map[role] = i;
      taken.add(i);
    }
  }
  return map;
}

function toRow(line: Line, width: number, loose: boolean, cleaned?: string[]): TableRow {
  const raw = loose ? [line.text] : splitRawCells(line.text);
  const cells = cleaned ? [...cleaned] : raw.map((c) => clean(c));
  while (raw.length < width) raw.push("");
  while (cells.length < raw.length) cells.push("");
  return { line: line.n, raw, cells, loose };
}

/**
 * Read the table whose header is at `headerIndex` (an index into `lines`). Repeated header
 * rows and separator rows are skipped; blank lines are allowed up to `maxBlankRun` in a row.
 * The table ends at the first non-blank line that is neither a tab row nor an accepted loose line.
 */
export function readTabTable(lines: Line[], headerIndex: number, opts: TabTableOptions): TabTable {
  const headerLineObj = lines[headerIndex];
  const header = splitRawCells(headerLineObj.text).map((c) => clean(c));
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const maxBlank = opts.maxBlankRun ?? 4;
  const rows: TableRow[] = [];
  let endLine = headerLineObj.n;
  let lastIndex = headerIndex;
  let blankRun = 0;
  let i = headerIndex + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      if (++blankRun > maxBlank) break;
      continue;
    }
    if (isPageFurniture(line.text)) continue;
    if (isTabLine(line.text)) {
      if (isSeparatorRow(line.text)) { blankRun = 0; continue; }
      if (mayBeHeader(line.text, opts)) { blankRun = 0; endLine = line.n; lastIndex = i; continue; }
      const cells = splitRawCells(line.text).map((c) => clean(c));
      if (opts.stopAt?.(cells)) break;
      blankRun = 0;
      endLine = line.n;
      lastIndex = i;
      if (!isEmptyRow(cells)) rows.push(toRow(line, header.length, false, cells));
      continue;
    }
    if (opts.acceptLooseLine?.(line.text)) {
      blankRun = 0;
      endLine = line.n;
      lastIndex = i;
      rows.push(toRow(line, header.length, true));
      continue;
    }
    break;
  }
  return { headerLine: headerLineObj.n, header, rows, endLine, nextIndex: lastIndex + 1, reachesEndOfText: !hasTextAfter(lines, i) };
}

function hasTextAfter(lines: Line[], from: number): boolean {
  for (let j = from; j < lines.length; j++) if (!isBlank(lines[j])) return true;
  return false;
}

const MAX_HEADER_LINE = 600;

/** Whether a raw line could be a header row of the table `opts` describes (before cleaning it). */
function mayBeHeader(text: string, opts: TabTableOptions): boolean {
  if (!isTabLine(text) || text.length > MAX_HEADER_LINE) return false;
  if (opts.headerHint) {
    opts.headerHint.lastIndex = 0;
    if (!opts.headerHint.test(text)) return false;
  }
  return opts.isHeader(splitRawCells(text).map((c) => clean(c)));
}

/** Every table in `lines` whose header `opts.isHeader` recognises, read in order. */
export function findTabTables(lines: Line[], opts: TabTableOptions, from = 0, to = lines.length): TabTable[] {
  const tables: TabTable[] = [];
  let i = from;
  while (i < to) {
    if (mayBeHeader(lines[i].text, opts)) {
      const table = readTabTable(lines, i, opts);
      tables.push(table);
      i = Math.max(i + 1, table.nextIndex);
      continue;
    }
    i++;
  }
  return tables;
}

/**
 * Give continuation rows (empty cell in `column`) the value of the last row that had one.
 * Returns the inherited value per row, in order ("" before the first filled row).
 */
export function fillDown(rows: TableRow[], column: number): string[] {
  let last = "";
  return rows.map((r) => {
    const v = cellAt(r.cells, column);
    if (v !== "") last = v;
    return last;
  });
}
