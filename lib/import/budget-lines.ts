import { findMoney, isNumericCell, parseNumberCell, parsePercentCell } from "./money";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { firstIndexFromLine, isBlank, type Line } from "./source-lines";
import { clean, collapseSpace, comparisonKey, hasAtLeastWords, isSeparatorRow } from "./text";

type BudgetRow = ParsedPack["budgetLines"][number];

/**
 * Finance tables: the committee's budget lines and the other revenue tables read reliably
 * (directorate summary, per-committee summaries, service-level appendices, per-note
 * commentary tables). A table is recognised by its header row: every header cell must name
 * a known column (previous forecast, line, ref, budget, expected, actual, variance, %).
 * Capital, key-activity, savings and grant tables name other columns and are left alone.
 * Only tables inside an officer report are read, so slide decks and annexes elsewhere in
 * the pack are not taken for finance tables.
 */
export function parseBudgetLines(ctx: PackContext): ParsedPack["budgetLines"] {
  try {
    const out: BudgetRow[] = [];
    for (const scope of reportRanges(ctx)) {
      const tables = readTablesInRange(ctx, scope.from, scope.to);
      for (const t of tables) checkTotals(t, ctx);
      checkCommentaries(tables, ctx);
      checkNarrative(tables, ctx, scope.from, scope.to);
      for (const t of tables) out.push(...t.rows.filter((r) => !r.heading).map((r) => toBudgetRow(t, r)));
    }
    return out;
  } catch (err) {
    ctx.issues.error("finance-table-unreadable", null, `Finance tables could not be read: ${String(err)}`);
    return [];
  }
}

// ---------------------------------------------------------------- report scopes

export interface ReportRange { title: string | null; from: number; to: number }

/**
 * Line ranges of the pack's officer reports (appendices included), 1-based and inclusive.
 * Uses the report parser's ranges; before it has run (or when it found none) a report
 * starts at a "To:" line followed closely by "Meeting Date:", titled by the line above.
 */
export function reportRanges(ctx: PackContext): ReportRange[] {
  if (ctx.reports.length > 0) {
    return ctx.reports
      .map((r) => ({ title: r.title, from: r.line ?? 1, to: r.endLine }))
      .sort((a, b) => a.from - b.from);
  }
  return detectReportRanges(ctx.lines);
}

function detectReportRanges(lines: Line[]): ReportRange[] {
  const starts: { title: string | null; from: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:-\s*)?To:\s*\S/.test(lines[i].text)) continue;
    const dated = lines.slice(i + 1, i + 5).some((l) => /^\s*(?:-\s*)?Meeting Date:/i.test(l.text));
    if (!dated) continue;
    const titleIndex = titleLineAbove(lines, i);
    starts.push({ title: titleIndex >= 0 ? clean(lines[titleIndex].text) : null, from: lines[Math.max(0, titleIndex)].n });
  }
  return starts.map((s, k) => ({
    title: s.title,
    from: s.from,
    to: k + 1 < starts.length ? starts[k + 1].from - 1 : lines.length,
  }));
}

function titleLineAbove(lines: Line[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const t = lines[j].text;
    if (isBlank(t) || /^\s*agenda item/i.test(clean(t))) continue;
    return j;
  }
  return i;
}

// ---------------------------------------------------------------- header recognition

type Role = "prev" | "name" | "ref" | "budget" | "originalBudget" | "expected" | "actual" | "variance" | "pct";
type ValueRole = "budget" | "originalBudget" | "expected" | "actual" | "variance" | "pct";

interface Header {
  /** Roles of the columns before the line-name column (previous forecast, note ref). */
  before: Role[];
  /** Roles of the value columns after the line-name column, in order. */
  after: ValueRole[];
  /** False for the per-note mini tables whose line name is a caption above the header. */
  hasNameColumn: boolean;
  unit: BudgetRow["unit"] | null;
  signature: string;
}

const REJECTED_HEADER = /capital|scheme|movement|breakdown|\bno\b\.?|number|cost|per week|placement|service type|client|package|grant|fund|saving|reserve|balance|status|target|pupil|provision|source|covid/i;
const NAME_HEADER = /^(directorate|service|services|service area|line|budget line|policy line|area|budget heading)$/i;
const UNIT_ONLY = /^(£'?000'?s?|£'?s|£|%|\(£000\))$/i;

// Most cells are plain figures; only cells with markup or footnote marks need the full clean().
const NEEDS_CLEANING = /[<*[&\\_#\u00b9\u00b2\u00b3\u2070-\u2079]/;

function cellText(c: string): string {
  return NEEDS_CLEANING.test(c) ? clean(c) : collapseSpace(c);
}

function withoutUnits(h: string): string {
  // Every unit pattern has a "£": most cells skip the (slow when it finds nothing) global replace.
  const bare = h.includes("£") ? h.replace(/\(?£\s?'?000'?s?\)?|£'?s\b|\(£\)/gi, "") : h;
  return bare.replace(/\s+/g, " ").trim();
}

/** Roles one header cell stands for (a merged "Outturn Variance £'000 %" cell stands for two). */
function rolesOf(cell: string, beforeName: boolean): Role[] | "reject" {
  const h = withoutUnits(cell).toLowerCase();
  const pctToo = /%/.test(cell) && /£|000/.test(cell);
  if (h === "") return cell.trim() === "" ? [] : /%/.test(cell) ? ["pct"] : [];
  if (/^(ref|note|note ref)\.?$/.test(h)) return ["ref"];
  if (NAME_HEADER.test(h)) return ["name"];
  if (REJECTED_HEADER.test(h)) return "reject";
  if (/^%$/.test(h) || (/%/.test(h) && !pctToo)) return ["pct"];
  let role: Role | null = null;
  if (/original budget/.test(h)) role = "originalBudget";
  else if (/budget/.test(h)) role = "budget";
  else if (/expected/.test(h)) role = "expected";
  else if (/variance|outturn|forecast/.test(h)) role = beforeName || /previous|prior|last month/.test(h) ? "prev" : "variance";
  else if (/actual|spend/.test(h)) role = "actual";
  if (!role) return "reject";
  return pctToo ? [role, "pct"] : [role];
}

function isUnitRow(text: string): boolean {
  if (!text.includes("\t")) return false;
  // Every unit cell has a "£" or "%" (or an entity for one): figure rows are turned away unsplit.
  if (!text.includes("£") && !text.includes("%") && !text.includes("&")) return false;
  const cells = text.split("\t").map(cellText).filter((c) => c !== "");
  return cells.length > 0 && cells.every((c) => UNIT_ONLY.test(c));
}

/** Merge a header row with the unit row printed under it, cell by cell. */
function mergedHeaderCells(header: string, unitRow: string | null): string[] {
  const h = header.split("\t").map(cellText);
  if (!unitRow) return h;
  const u = unitRow.split("\t").map(cellText);
  const n = Math.max(h.length, u.length);
  return Array.from({ length: n }, (_, i) => `${h[i] ?? ""} ${u[i] ?? ""}`.trim());
}

function unitOf(cells: string[]): BudgetRow["unit"] | null {
  const all = cells.join(" ");
  if (/000|£k\b/i.test(all)) return "GBP_thousands";
  if (/£/.test(all)) return "GBP";
  return null;
}

/** Read a header row (plus its unit row); null when the row is not a revenue finance table header. */
export function readHeader(header: string, unitRow: string | null): Header | null {
  if (!header.includes("\t")) return null;
  const cells = mergedHeaderCells(header, unitRow);
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  let nameIndex = cells.findIndex((c) => NAME_HEADER.test(withoutUnits(c)));
  if (nameIndex < 0) {
    // An unlabelled line column: the first empty header cell after the first column.
    const empty = cells.findIndex((c, i) => i > 0 && c === "");
    nameIndex = empty > 0 ? empty : -1;
  }
  const before: Role[] = [];
  const after: ValueRole[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (i === nameIndex) continue;
    const roles = rolesOf(cells[i], nameIndex >= 0 && i < nameIndex);
    if (roles === "reject") return null;
    for (const r of roles) {
      if (r === "name") continue;
      if (nameIndex >= 0 && i < nameIndex) before.push(r);
      else if (r !== "prev" && r !== "ref") after.push(r);
      else if (r === "prev" && nameIndex < 0) before.push(r);
    }
  }
  const hasBudget = after.includes("budget") || after.includes("originalBudget");
  if (!hasBudget || !(after.includes("variance") || after.includes("actual"))) return null;
  const signature = [...before, "|", ...after].join(",");
  return { before, after, hasNameColumn: nameIndex >= 0, unit: unitOf(cells), signature };
}

// ---------------------------------------------------------------- rows and tables

interface TableRow {
  line: number;
  name: string;
  noteRef: string | null;
  isTotal: boolean;
  budget: number | null;
  actual: number | null;
  variance: number | null;
  previousVariance: number | null;
  /** Heading rows (no figures) only structure the table; they are not output. */
  heading: boolean;
}

interface Table {
  name: string;
  unit: BudgetRow["unit"];
  header: Header;
  rows: TableRow[];
  commentary: boolean;
  line: number;
}

const LETTERS = /\p{L}.*\p{L}/u;
const NOTE_PREFIX = /^(\d{1,3})\)\s*/;

function isProseCell(c: string): boolean {
  return hasAtLeastWords(c, 16);
}

function splitRowCells(text: string): string[] {
  const cells = text.split("\t").map(cellText);
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** Values of a row, mapped onto the header's value columns: numbers in order, percents apart. */
function mapValues(cells: string[], header: Header): Partial<Record<ValueRole, number | null>> {
  const numbers = cells.filter((c) => c !== "" && parsePercentCell(c) === null && isNumericCell(c)).map(parseNumberCell);
  const numberRoles = header.after.filter((r) => r !== "pct");
  const out: Partial<Record<ValueRole, number | null>> = {};
  numberRoles.forEach((r, i) => { out[r] = numbers[i] ?? null; });
  return out;
}

function readRow(line: Line, header: Header, caption: string | null, ctx: PackContext): TableRow | null {
  let cells = splitRowCells(line.text);
  if (cells.length === 0) return null;
  let nameIndex = cells.findIndex((c) => LETTERS.test(c) && !isNumericCell(c));
  if (nameIndex >= 0 && isProseCell(cells[nameIndex])) return null;
  let name: string;
  if (nameIndex < 0) {
    if (!caption || !cells.some((c) => c !== "")) return null;
    name = caption;
    cells = ["", ...cells];
    nameIndex = 0;
  } else {
    name = cells[nameIndex];
  }
  const beforeCells = cells.slice(0, nameIndex).filter((c) => c !== "");
  // "0 Adults": a previous-forecast figure merged into the line-name cell.
  const merged = /^(-?\d[\d,]*)\s+(\p{L}.*)$/u.exec(name);
  if (merged && beforeCells.length === 0 && header.before.includes("prev")) {
    beforeCells.push(merged[1]);
    name = merged[2];
    ctx.issues.info("finance-merged-cell", line.n, `"${cells[nameIndex]}" holds two cells; read as ${merged[1]} and "${merged[2]}".`);
  }
  let noteRef: string | null = null;
  const note = NOTE_PREFIX.exec(name);
  if (note) {
    noteRef = note[1];
    name = name.slice(note[0].length);
  }
  const beforeNumbers = beforeCells.map(parseNumberCell);
  const prevIndex = header.before.indexOf("prev");
  const previousVariance = prevIndex >= 0 ? beforeNumbers[0] ?? null : null;
  if (prevIndex >= 0 && beforeNumbers.length > 1 && beforeNumbers[1] !== null) noteRef ??= String(beforeNumbers[1]);
  const values = mapValues(cells.slice(nameIndex + 1), header);
  const hasFigures = previousVariance !== null || Object.values(values).some((v) => v !== null && v !== undefined);
  return {
    line: line.n,
    name: name.replace(/[\s:;]+$/, ""),
    noteRef,
    isTotal: /\btotals?\b/i.test(name),
    budget: values.budget ?? null,
    actual: values.actual ?? null,
    variance: values.variance ?? null,
    previousVariance,
    heading: !hasFigures,
  };
}

/** A short line that names what follows: "2.1 Overall Position", "APPENDIX 1 – ...". */
function headingText(text: string): string | null {
  if (text.includes("\t")) return null;
  const raw = clean(text);
  if (/^[-•*]\s+(?!\d+(?:\.\d+)+\s)/.test(raw)) return null;
  const c = raw.replace(/^(?:[-•]\s*)?\d+(?:\.\d+)*\.?\s+/, "");
  if (c === "" || c.length > 100 || /[.;:,]$/.test(c) || NOTE_PREFIX.test(c)) return null;
  return c;
}

function appendixHeading(text: string): string | null {
  if (!/^[\s*#_-]*(appendix|appx|annex)/i.test(text)) return null;
  const c = clean(text);
  return /^(appendix|appx|annex)\s+\w+\s*[-–—:]\s*\S/i.test(c) && c.length <= 120 ? c : null;
}

/** The name of a table: a heading just above it, else what the paragraph above says it lists. */
function tableName(ctx: PackContext, headerIdx: number, appendix: string | null, header: Header): string {
  const lines = ctx.lines;
  let seen = 0;
  for (let j = headerIdx - 1; j >= 0 && seen < 3; j--) {
    const t = lines[j].text;
    if (isBlank(t)) continue;
    seen++;
    const h = headingText(t);
    if (h) return h;
    if (!t.includes("\t") && /responsib|budget lines/i.test(t)) return "Budget lines for this committee";
    if (t.includes("\t")) break;
  }
  if (appendix) return appendix;
  return header.before.includes("prev") ? "Finance table" : "Service commentary";
}

/** The "12) Think Communities" caption of a mini table with no line column. */
function captionAbove(lines: Line[], headerIdx: number): string | null {
  for (let j = headerIdx - 1, seen = 0; j >= 0 && seen < 2; j--) {
    const t = lines[j].text;
    if (isBlank(t)) continue;
    seen++;
    if (!t.includes("\t") && NOTE_PREFIX.test(clean(t))) return clean(t);
  }
  return null;
}

interface Segment { headerIdx: number; lastIdx: number; header: Header; rows: TableRow[]; caption: string | null }

/** Data rows under a header, up to the first line of prose. */
function readSegment(ctx: PackContext, headerIdx: number, header: Header, endIdx: number): Segment {
  const lines = ctx.lines;
  let i = headerIdx + 1;
  if (i <= endIdx && isUnitRow(lines[i].text)) i++;
  const caption = header.hasNameColumn ? null : captionAbove(lines, headerIdx);
  const rows: TableRow[] = [];
  let lastIdx = i - 1;
  for (; i <= endIdx; i++) {
    const t = lines[i].text;
    if (isBlank(t) || isSeparatorRow(t) || isUnitRow(t)) continue;
    if (!t.includes("\t")) break;
    if (headerRowAt(lines, i, endIdx)) break;
    const row = readRow(lines[i], header, caption, ctx);
    lastIdx = i;
    if (row) rows.push(row);
  }
  return { headerIdx, lastIdx, header, rows, caption };
}

function headerRowAt(lines: Line[], i: number, endIdx: number): Header | null {
  const t = lines[i].text;
  if (!t.includes("\t") || !/budget/i.test(t)) return null;
  // Header cells are captions, not sentences: skip table rows that merely mention a budget.
  if (t.split("\t").some((c) => c.length > 90)) return null;
  const next = i + 1 <= endIdx && isUnitRow(lines[i + 1].text) ? lines[i + 1].text : null;
  return readHeader(t, next);
}

function onlyBlankBetween(lines: Line[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (!isBlank(lines[k].text) && !/^\s*page\s+\d+/i.test(lines[k].text)) return false;
  return true;
}

/** Tables in a line range; a header repeated after a page break continues the same table. */
function readTablesInRange(ctx: PackContext, from: number, to: number): Table[] {
  const lines = ctx.lines;
  const startIdx = Math.max(0, firstIndexFromLine(lines, from));
  const endIdx = Math.min(lines.length - 1, to - 1);
  const tables: Table[] = [];
  let last: { table: Table; seg: Segment } | null = null;
  let appendix: string | null = null;
  for (let i = startIdx; i <= endIdx; i++) {
    appendix = appendixHeading(lines[i].text) ?? appendix;
    const header = headerRowAt(lines, i, endIdx);
    if (!header) {
      // A commentary row printed after prose, without its header repeated.
      if (last?.table.commentary && last.table.header.hasNameColumn && /^\s*\d{1,3}\)\s*\S[^\t]*\t/.test(lines[i].text)) {
        const row = readRow(lines[i], last.table.header, null, ctx);
        if (row && !row.heading) last.table.rows.push(row);
      }
      continue;
    }
    const seg = readSegment(ctx, i, header, endIdx);
    const continues = last !== null && header.hasNameColumn && last.seg.header.signature === header.signature
      && onlyBlankBetween(lines, last.seg.lastIdx, i);
    if (continues && last) {
      last.table.rows.push(...seg.rows);
      last.seg = seg;
    } else if (seg.rows.length > 0) {
      const table: Table = {
        name: tableName(ctx, i, appendix, header),
        unit: header.unit ?? "GBP_thousands",
        header,
        rows: seg.rows,
        commentary: !header.hasNameColumn || seg.rows.every((r) => r.heading || r.noteRef !== null),
        line: lines[i].n,
      };
      if (!header.unit) ctx.issues.info("finance-unit-assumed", lines[i].n, `The table "${table.name}" prints no unit; read as £000.`);
      tables.push(table);
      last = { table, seg };
    }
    i = Math.max(i, seg.lastIdx);
  }
  return tables;
}

/** The contract row; `line` is the budget line's name, so the source line travels as `sourceLine`. */
function toBudgetRow(table: Table, r: TableRow): BudgetRow {
  return {
    table: table.name, line: r.name, unit: table.unit, isTotal: r.isTotal, budget: r.budget, actual: r.actual,
    variance: r.variance, previousVariance: r.previousVariance, sourceLine: r.line,
  };
}

// ---------------------------------------------------------------- checks

type Column = "budget" | "actual" | "variance" | "previousVariance";
const COLUMNS: Column[] = ["budget", "actual", "variance", "previousVariance"];
const COLUMN_LABEL: Record<Column, string> = {
  budget: "budget", actual: "actual", variance: "variance", previousVariance: "previous forecast variance",
};

/** Words of a line name for matching a total to its heading ("Adult & ... Total" ~ "Adults & ..."). */
function nameWords(s: string): string[] {
  return comparisonKey(s)
    .replace(/\btotals?\b/g, " ")
    .split(" ")
    .filter((w) => w !== "" && w !== "and")
    .map((w) => w.replace(/s$/, ""));
}

function totalMatchesHeading(total: string, heading: string): boolean {
  const t = nameWords(total);
  const h = nameWords(heading);
  if (t.length === 0 || h.length === 0) return false;
  const tj = t.join(" ");
  const hj = h.join(" ");
  if (tj === hj || tj.startsWith(hj) || hj.startsWith(tj)) return true;
  const common = t.filter((w) => h.includes(w)).length;
  return common / Math.min(t.length, h.length) >= 0.75;
}

/** A row as seen by the totals above it: a misprinted total counts with what its lines add up to. */
interface Item { row: TableRow; values: Record<Column, number | null> }

function itemOf(row: TableRow): Item {
  return { row, values: { budget: row.budget, actual: row.actual, variance: row.variance, previousVariance: row.previousVariance } };
}
interface Group { heading: TableRow | null; items: Item[] }

/**
 * Check every total row against the rows it sums. Heading rows open groups; a total closes
 * the group whose heading it names (or the innermost one); a bare "Total" sums what is left
 * at the top. Rounding to £000 lets a total differ by about half a unit per line.
 */
function checkTotals(table: Table, ctx: PackContext): void {
  if (table.commentary) return;
  const stack: Group[] = [{ heading: null, items: [] }];
  for (const row of table.rows) {
    if (row.heading) {
      stack.push({ heading: row, items: [] });
      continue;
    }
    if (!row.isTotal) {
      stack[stack.length - 1].items.push(itemOf(row));
      continue;
    }
    let depth = -1;
    for (let d = stack.length - 1; d >= 1; d--) {
      const h = stack[d].heading;
      if (h && totalMatchesHeading(row.name, h.name)) { depth = d; break; }
    }
    if (depth < 0) depth = stack.length > 1 ? stack.length - 1 : 0;
    const items: Item[] = [];
    while (stack.length - 1 > depth) items.unshift(...(stack.pop() as Group).items);
    const scope = depth === 0 ? stack[0] : (stack.pop() as Group);
    const summed = [...scope.items, ...items];
    const item = compareTotal(table, row, summed, ctx);
    if (depth === 0) stack[0].items = [item];
    else stack[stack.length - 1].items.push(item);
  }
}

function compareTotal(table: Table, total: TableRow, parts: Item[], ctx: PackContext): Item {
  const item = itemOf(total);
  if (parts.length < 2) return item;
  for (const col of COLUMNS) {
    const printed = total[col];
    const values = parts.map((p) => p.values[col]);
    if (printed === null || values.some((v) => v === null)) continue;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    const tolerance = Math.max(1, Math.ceil(parts.length / 2));
    if (Math.abs(sum - printed) > tolerance) {
      ctx.issues.warn("total-mismatch", total.line,
        `In "${table.name}", the ${COLUMN_LABEL[col]} of "${total.name}" is printed as ${fmt(printed)} but its ${parts.length} lines add up to ${fmt(sum)}; kept as printed.`);
      item.values[col] = sum;
    }
  }
  return item;
}

function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A per-note commentary table repeats a service line's figures; say where they disagree. */
function checkCommentaries(tables: Table[], ctx: PackContext): void {
  const byName = new Map<string, TableRow[]>();
  for (const t of tables) {
    if (t.commentary) continue;
    for (const r of t.rows) {
      if (r.heading || r.isTotal) continue;
      const k = comparisonKey(r.name);
      byName.set(k, [...(byName.get(k) ?? []), r]);
    }
  }
  for (const t of tables) {
    if (!t.commentary) continue;
    for (const r of t.rows) {
      const matches = byName.get(comparisonKey(r.name)) ?? [];
      const distinct = new Set(matches.map((m) => `${m.budget}|${m.actual}|${m.variance}`));
      if (matches.length === 0 || distinct.size > 1) continue;
      const m = matches[0];
      for (const col of ["budget", "actual", "variance"] as const) {
        if (r[col] !== null && m[col] !== null && r[col] !== m[col]) {
          ctx.issues.warn("figure-mismatch", r.line,
            `The commentary for "${r.name}" gives the ${col} as ${fmt(r[col] as number)}, the service table (line ${m.line}) as ${fmt(m[col] as number)}; both kept as printed.`);
        }
      }
    }
  }
}

// A sentence reporting one line's position: "The Coroners service is forecasting £176k overspend".
const POSITION_WORDS = /\b(?:overspen\w*|underspen\w*|under spend|over spend|under recovery|over budget|under budget)\b/i;
const CHANGE_WORDS = /\b(?:than|increase\w*|reduc\w*|since|from last|worsen\w*|improve\w*|of this|share|combined)\b/i;
// What may follow a line's name when the sentence is about that line itself.
const SUBJECT_FOLLOWER = /^(?:\(|is\b|are\b|has\b|have\b|was\b|were\b|service\b|services\b|team\b|teams\b|line\b|budgets?\b)/i;

/**
 * Report prose that states a line's variance differently from every table row of that
 * name ("£550k" in the text, 660 in the table): both are kept, the clerk is told.
 */
function checkNarrative(tables: Table[], ctx: PackContext, from: number, to: number): void {
  const rows = new Map<string, TableRow[]>();
  for (const t of tables) {
    if (t.commentary || t.unit !== "GBP_thousands") continue;
    for (const r of t.rows) {
      const k = nameWords(r.name).join(" ");
      if (r.heading || r.isTotal || r.variance === null || k === "") continue;
      rows.set(k, [...(rows.get(k) ?? []), r]);
    }
  }
  const start = firstIndexFromLine(ctx.lines, from);
  if (rows.size === 0 || start < 0) return;
  for (let i = start; i < ctx.lines.length && ctx.lines[i].n <= to; i++) {
    const line = ctx.lines[i];
    if (line.text.includes("\t") || !line.text.includes("£")) continue;
    for (const sentence of clean(line.text).split(/(?<=[.!?])\s+/)) checkSentence(sentence, line.n, rows, ctx);
  }
}

function checkSentence(sentence: string, lineNo: number, rows: Map<string, TableRow[]>, ctx: PackContext): void {
  const money = findMoney(sentence);
  if (money.length !== 1) return;
  const m = money[0];
  const clauseEnd = sentence.slice(m.index).search(/,\s|;|\s[–—-]\s/);
  const clause = clauseEnd < 0 ? sentence : sentence.slice(0, m.index + clauseEnd);
  if (!POSITION_WORDS.test(clause) || CHANGE_WORDS.test(clause)) return;
  const named = rowsNamedAtStart(clause, rows);
  if (!named || named.length === 0) return;
  const stated = Math.abs(m.amountGbp) / 1000;
  const tolerance = Math.max(1, statedPrecision(m.asPrinted));
  if (named.some((r) => Math.abs(stated - Math.abs(r.variance ?? 0)) <= tolerance)) return;
  const row = named[0];
  ctx.issues.warn("narrative-figure-mismatch", lineNo,
    `The text gives "${row.name}" as ${m.asPrinted}; the table (line ${row.line}) prints a variance of ${fmt(row.variance ?? 0)} (£000); both kept as printed.`);
}

/** The table rows whose name opens the sentence ("The Registration & Citizenship service is ..."). */
function rowsNamedAtStart(sentence: string, rows: Map<string, TableRow[]>): TableRow[] | null {
  const text = sentence.replace(/^(?:[-•]\s*)?(?:\d+(?:\.\d+)*\s+)?(?:the\s+)?/i, "");
  const tokens = text.split(" ");
  for (let n = Math.min(tokens.length - 1, 8); n >= 1; n--) {
    // The cheap test first: most splits are not followed by "is", "has", "service"...
    if (!SUBJECT_FOLLOWER.test(tokens.slice(n).join(" "))) continue;
    const found = rows.get(nameWords(tokens.slice(0, n).join(" ")).join(" "));
    if (found) return found;
  }
  return null;
}

/** The unit of the last printed digit, in £000: "£1.3m" -> 100, "£1,331k" -> 1. */
function statedPrecision(asPrinted: string): number {
  const m = /(\d+)(?:\.(\d+))?\s*(m|million|k)?/i.exec(asPrinted.replace(/,/g, ""));
  if (!m) return 1;
  const unit = m[3] && /^m/i.test(m[3]) ? 1000 : m[3] ? 1 : 0.001;
  return unit / Math.pow(10, m[2]?.length ?? 0);
}
