import { findDate, isoDate, weekdayOf } from "./dates";
import type { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { cellAt, findTabTables, mapColumns, type TableRow, type TabTable } from "./tab-table";
import { clean, comparisonKey, joinSplitOrdinals } from "./text";

/** One agenda-plan entry, with the plan's note markers (`*` full Council, `+` confidential). */
export type AgendaPlanRow = ParsedPack["agendaPlan"][number] & { fullCouncil: boolean; confidential: boolean };

type PlanColumn = "date" | "item" | "officer" | "keyRef" | "deadline" | "despatch";

// Specific roles first: "Agenda despatch date" must not be taken for the committee date.
const PLAN_COLUMNS: ReadonlyArray<readonly [PlanColumn, RegExp]> = [
  ["despatch", /\b(despatch|dispatch|publication)\b/],
  ["deadline", /\b(deadline|draft reports?)\b/],
  ["keyRef", /\b(key decision|reference|forward plan|ref)\b/],
  ["date", /\bdate\b/],
  ["item", /\b(agenda item|item|title|subject)\b/],
  ["officer", /\b(officer|lead|author|contact)\b/],
];

// Merged rows hold a few short items; longer cells are not worth a word-by-word search.
const MAX_MERGED_PARTS = 6;
const MAX_MERGED_WORDS = 120;
const NOT_A_REF = /^(not applicable|n\/?a|none|no|-+|–)$/i;
const DAY_MS = 86_400_000;

/** The meeting a plan row belongs to: the date row and what continuation rows inherit from it. */
interface PlanMeeting {
  date: string | null;
  asPrinted: string;
  isReserve: boolean;
  isProvisional: boolean;
  deadline: string | null;
  despatch: string | null;
  /** Text in the date cell besides the date ("Provisional Meeting"), used when no item is printed. */
  label: string | null;
}

type Columns = Partial<Record<PlanColumn, number>>;

/** Agenda (forward) plans: rows split across pages, repeated headers, inherited dates. */
export function parseAgendaPlan(ctx: PackContext): AgendaPlanRow[] {
  try {
    const tables = findTabTables(ctx.lines, { isHeader: isPlanHeader, headerHint: /date/i });
    // A plan broken by page furniture reads as several tables; its meetings run on across them.
    const state: PlanState = { meeting: null, previousDate: null, known: knownCellValues(tables) };
    return tables.flatMap((t) => readPlanTable(t, state, ctx.issues));
  } catch (e) {
    ctx.issues.error("agenda-plan-unreadable", null, `The agenda plan could not be read: ${String(e)}`);
    return [];
  }
}

export function isPlanHeader(cells: string[]): boolean {
  const cols = mapColumns(cells, PLAN_COLUMNS);
  if (cols.date === undefined || cols.item === undefined) return false;
  const others = [cols.officer, cols.keyRef, cols.deadline, cols.despatch].filter((c) => c !== undefined);
  return others.length >= 2;
}

interface KnownTexts { items: Set<string>; officers: Set<string> }
interface PlanState { meeting: PlanMeeting | null; previousDate: string | null; known: KnownTexts }

function readPlanTable(table: TabTable, state: PlanState, issues: IssueLog): AgendaPlanRow[] {
  const cols = mapColumns(table.header, PLAN_COLUMNS);
  const entries: AgendaPlanRow[] = [];
  for (const row of table.rows) {
    if (cellAt(row.cells, cols.date) !== "") {
      state.meeting = readMeetingRow(row, cols, state.previousDate, issues);
      if (state.meeting.date) state.previousDate = state.meeting.date;
    }
    entries.push(...entriesOfRow(row, cols, state.meeting, state.known, issues));
  }
  return entries;
}

/** Item and officer cells of ordinary rows: the vocabulary used to split merged rows. */
function knownCellValues(tables: TabTable[]): KnownTexts {
  const items = new Set<string>();
  const officers = new Set<string>();
  for (const table of tables) {
    const cols = mapColumns(table.header, PLAN_COLUMNS);
    for (const r of table.rows) {
      if (repeatedValues(cellAt(r.cells, cols.keyRef)).length > 1) continue;
      const item = comparisonKey(cellAt(r.cells, cols.item));
      const officer = comparisonKey(cellAt(r.cells, cols.officer));
      if (item) items.add(item);
      if (officer) officers.add(officer);
    }
  }
  return { items, officers };
}

// ---------------------------------------------------------------- meetings (date rows)

function readMeetingRow(row: TableRow, cols: Columns, previousDate: string | null, issues: IssueLog): PlanMeeting {
  const asPrinted = joinSplitOrdinals(cellAt(row.cells, cols.date));
  const deadline = readPlanDate(cellAt(row.cells, cols.deadline), "deadline for draft reports", row.line, issues);
  const despatch = readPlanDate(cellAt(row.cells, cols.despatch), "agenda despatch date", row.line, issues);
  const found = findDate(asPrinted);
  const label = found ? dateCellLabel(asPrinted, found.matched) : null;
  const meeting: PlanMeeting = {
    date: null, asPrinted, deadline, despatch, label,
    isReserve: /\breserve\b/i.test(asPrinted) || isReserveRow(row, cols),
    isProvisional: /\bprovisional\b/i.test(asPrinted),
  };
  if (!found) {
    issues.warn("agenda-plan-date-unreadable", row.line, `The committee date "${asPrinted}" in the agenda plan could not be read as a date.`);
    return meeting;
  }
  if (found.weekday && found.weekday !== weekdayOf(found.iso)) {
    issues.warn("date-weekday-mismatch", row.line,
      `The committee date "${found.matched}" names a ${found.weekday}, but ${found.iso} is a ${weekdayOf(found.iso)}.`);
  }
  meeting.date = likelyMeetingDate(found.iso, asPrinted, deadline, despatch, previousDate, row.line, issues);
  checkMeetingDates(meeting, previousDate, row.line, issues);
  return meeting;
}

/** "Reserve date to be used as workshop" with no officer: the row announces a reserve date, not a report. */
function isReserveRow(row: TableRow, cols: Columns): boolean {
  return /^reserve\b/i.test(cellAt(row.cells, cols.item)) && cellAt(row.cells, cols.officer) === "";
}

/** What the date cell says besides the date: "(reserve date)", "Provisional Meeting". */
function dateCellLabel(cell: string, matchedDate: string): string | null {
  const rest = cell.replace(matchedDate, " ").replace(/[[\]()]/g, " ").replace(/^[\s\-–:]+|[\s\-–:]+$/g, "");
  return rest === "" ? null : clean(rest);
}

function readPlanDate(cell: string, what: string, line: number, issues: IssueLog): string | null {
  if (cell === "" || NOT_A_REF.test(cell)) return null;
  const d = findDate(cell);
  if (!d) issues.warn("agenda-plan-date-unreadable", line, `The ${what} "${cell}" in the agenda plan could not be read as a date.`);
  return d?.iso ?? null;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / DAY_MS;
}

/**
 * A committee date that falls before its own report deadline (or far before the previous
 * meeting) has a mistyped year, e.g. "21/6/17" in a 2018-19 plan: take the first matching
 * day and month after the anchor and say so.
 */
function likelyMeetingDate(
  iso: string, asPrinted: string, deadline: string | null, despatch: string | null,
  previousDate: string | null, line: number, issues: IssueLog,
): string {
  const ownDates = [deadline, despatch].filter((d): d is string => d !== null).sort();
  const anchor = ownDates[0] ?? previousDate;
  if (!anchor || iso >= anchor) return iso;
  const maxGap = ownDates.length > 0 ? 92 : 400;
  const [, month, day] = iso.split("-").map(Number);
  const anchorYear = Number(anchor.slice(0, 4));
  for (const year of [anchorYear, anchorYear + 1]) {
    const candidate = isoDate(year, month, day);
    if (candidate && candidate >= anchor && daysBetween(anchor, candidate) <= maxGap) {
      const reason = ownDates.length > 0
        ? `its own draft-report deadline and despatch date are in ${anchorYear}`
        : `the meeting before it is on ${anchor}`;
      issues.warn("agenda-plan-date-year-typo", line,
        `The committee date is printed as "${asPrinted}" (${iso}), but ${reason}; read as ${candidate}.`);
      return candidate;
    }
  }
  return iso;
}

function checkMeetingDates(m: PlanMeeting, previousDate: string | null, line: number, issues: IssueLog): void {
  if (!m.date) return;
  if (previousDate && m.date < previousDate) {
    issues.warn("agenda-plan-date-out-of-order", line, `The committee date ${m.date} comes before the meeting listed above it (${previousDate}).`);
  }
  if (m.deadline && m.despatch && m.despatch < m.deadline) {
    issues.warn("agenda-plan-despatch-before-deadline", line,
      `For the ${m.asPrinted} meeting the agenda despatch date (${m.despatch}) is before the deadline for draft reports (${m.deadline}).`);
  }
  const late = [m.deadline, m.despatch].filter((d): d is string => d !== null && d > (m.date as string));
  if (late.length > 0) {
    issues.warn("agenda-plan-deadline-after-meeting", line,
      `For the ${m.asPrinted} meeting the report deadline or despatch date (${late.join(", ")}) is after the meeting itself.`);
  }
}

// ---------------------------------------------------------------- entries (item rows)

function entriesOfRow(
  row: TableRow, cols: Columns, meeting: PlanMeeting | null,
  known: KnownTexts, issues: IssueLog,
): AgendaPlanRow[] {
  const dateRow = cellAt(row.cells, cols.date) !== "";
  const marked = readItemMarkers(cellAt(row.raw, cols.item));
  const officerCell = cellAt(row.cells, cols.officer);
  const refCell = cellAt(row.cells, cols.keyRef);
  const item = marked.text || (dateRow ? meeting?.label ?? "" : "");
  if (item === "") {
    if (officerCell !== "" || refCell !== "") {
      issues.warn("agenda-plan-row-without-item", row.line, "An agenda-plan row names an officer or reference but no agenda item; it was left out.");
    }
    return [];
  }
  if (!meeting) {
    issues.warn("agenda-plan-row-without-date", row.line, `The agenda-plan item "${item}" comes before any committee date; its meeting is unknown.`);
  }
  const base = (text: string, officer: string, ref: string): AgendaPlanRow => ({
    line: row.line,
    meetingDate: meeting?.date ?? null,
    meetingDateAsPrinted: meeting?.asPrinted ?? null,
    isReserve: meeting?.isReserve ?? false,
    isProvisional: meeting?.isProvisional ?? false,
    item: text,
    leadOfficer: officerOrNull(officer),
    keyDecisionRef: keyDecisionRef(ref),
    draftDeadline: readInherited(cellAt(row.cells, cols.deadline), meeting?.deadline ?? null, dateRow),
    despatchDate: readInherited(cellAt(row.cells, cols.despatch), meeting?.despatch ?? null, dateRow),
    fullCouncil: marked.fullCouncil,
    confidential: marked.confidential,
  });
  const refs = repeatedValues(refCell);
  if (refs.length < 2) return [base(item, officerCell, refCell)];
  const split = splitMergedRow(item, officerCell, refs.length, known);
  if (!split) {
    issues.warn("agenda-plan-merged-row", row.line,
      `One agenda-plan row holds ${refs.length} key-decision references ("${refCell}") but its items could not be told apart; kept as one entry: "${item}".`);
    return [base(item, officerCell, refs.every((r) => NOT_A_REF.test(r)) ? "" : refCell)];
  }
  issues.info("agenda-plan-merged-row-split", row.line,
    `One agenda-plan row holds ${refs.length} items in shared cells; read as separate entries: ${split.items.map((s) => `"${s}"`).join(", ")}.`);
  return split.items.map((text, i) => base(text, split.officers[i], refs[i]));
}

/** A continuation row inherits the meeting's dates unless it prints its own. */
function readInherited(cell: string, inherited: string | null, dateRow: boolean): string | null {
  if (dateRow || cell === "") return inherited;
  return findDate(cell)?.iso ?? inherited;
}

function officerOrNull(cell: string): string | null {
  const t = cell.replace(/^[\s/]+|[\s/]+$/g, "");
  return t === "" || /^[-–]+$/.test(t) ? null : t;
}

function keyDecisionRef(cell: string): string | null {
  const t = cell.trim();
  return t === "" || NOT_A_REF.test(t) ? null : t;
}

/**
 * The plan's note markers, read from the raw cell before cleaning (clean() would drop a
 * lone `*` as markdown): `*` = to full Council, `+` = confidential.
 */
export function readItemMarkers(raw: string): { text: string; fullCouncil: boolean; confidential: boolean } {
  let t = raw.replace(/\*\*/g, "").trim();
  let fullCouncil = false;
  let confidential = false;
  for (let guard = 0; guard < 4; guard++) {
    const m = /^([*+])\s*|\s*([*+])$/.exec(t);
    if (!m) break;
    if ((m[1] ?? m[2]) === "*") fullCouncil = true;
    else confidential = true;
    t = t.slice(0, m.index) + t.slice(m.index + m[0].length);
  }
  return { text: joinSplitOrdinals(clean(t)), fullCouncil, confidential };
}

/**
 * The values of a cell that repeats one value for several merged rows ("Not applicable Not
 * applicable"), or several references ("2018/051 2018/052"). One value otherwise.
 */
export function repeatedValues(cell: string): string[] {
  const t = cell.trim();
  if (t === "") return [];
  const refs = t.match(/\b\d{4}\/\d{2,4}\b/g);
  if (refs && refs.length > 1 && t.replace(/\b\d{4}\/\d{2,4}\b/g, "").trim() === "") return refs;
  const words = t.split(/\s+/);
  for (let size = 1; size <= words.length / 2; size++) {
    if (words.length % size !== 0) continue;
    const unit = words.slice(0, size).join(" ").toLowerCase();
    const copies = words.length / size;
    let all = true;
    for (let c = 1; c < copies && all; c++) all = words.slice(c * size, (c + 1) * size).join(" ").toLowerCase() === unit;
    if (all) return Array.from({ length: copies }, () => words.slice(0, size).join(" "));
  }
  return [t];
}

/** Split a merged item cell and officer cell into `parts` pieces, using texts printed elsewhere in the plan. */
function splitMergedRow(
  item: string, officers: string, parts: number, known: KnownTexts,
): { items: string[]; officers: string[] } | null {
  const items = splitByKnownPrefix(item, parts, known.items);
  const people = splitByKnownPrefix(officers, parts, known.officers);
  return items && people ? { items, officers: people } : null;
}

/** Cut `text` into `parts` at word boundaries where every piece but the last is a known text (longest first). */
export function splitByKnownPrefix(text: string, parts: number, known: Set<string>): string[] | null {
  if (parts <= 1) return text.trim() === "" ? null : [text.trim()];
  const words = text.split(" ").filter((w) => w !== "");
  if (parts > MAX_MERGED_PARTS || words.length > MAX_MERGED_WORDS) return null;
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const head = words.slice(0, cut).join(" ");
    if (!known.has(comparisonKey(head))) continue;
    const rest = splitByKnownPrefix(words.slice(cut).join(" "), parts - 1, known);
    if (rest) return [head, ...rest];
  }
  return null;
}
