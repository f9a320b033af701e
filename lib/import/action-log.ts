/**
 * Minutes action logs: tables of Minute No. | Title | Responsible | Action | Comments | Status,
 * grouped by the meeting whose minutes raised the actions. Both layouts are read: the older one
 * packs sub-actions a)–e) as <p> paragraphs in one cell, the newer one has one action per row.
 */
import { findDate, findDayMonth } from "./dates";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { isBlank, type Line } from "./source-lines";
import { clean, isSeparatorRow } from "./text";

type ActionLogRow = ParsedPack["actionLog"][number];
type Column = "minute" | "title" | "responsible" | "action" | "comments" | "status" | "date";
type ColumnMap = Partial<Record<Column, number>>;

/** How far above a table its group heading ("ACTIONS FROM MINUTES OF …") and "as at" prose may be. */
const GROUP_LOOKBACK = 8;
const AS_AT_LOOKBACK = 30;
/** Tables this close (in lines) belong to the same log, sharing its "as at" date and group. */
const SAME_LOG_GAP = 40;

export function parseActionLogs(ctx: PackContext): ParsedPack["actionLog"] {
  try {
    return readActionLogs(ctx);
  } catch (err) {
    ctx.issues.error("action-log-unreadable", null, `An action log could not be read (${err instanceof Error ? err.message : String(err)}).`);
    return [];
  }
}

/** Column roles from a header row; null unless it has a minute column and an action column. */
export function readHeaderRow(text: string): ColumnMap | null {
  if (!text.includes("\t") || !/minute/i.test(text)) return null;
  const cells = text.split("\t").map((c) => clean(c).toLowerCase());
  const map: ColumnMap = {};
  cells.forEach((c, i) => {
    const role = columnRole(c);
    if (role && map[role] === undefined) map[role] = i;
  });
  return map.minute !== undefined && map.action !== undefined ? map : null;
}

function columnRole(cell: string): Column | null {
  if (/^minute\b/.test(cell)) return "minute";
  if (/taken by|responsib|officer|\blead\b|owner|by whom/.test(cell)) return "responsible";
  if (/^actions?(?:\s+(?:agreed|required|description))?$/.test(cell)) return "action";
  if (/title|^item|^report|subject/.test(cell)) return "title";
  if (/comment|update|progress|response/.test(cell)) return "comments";
  if (/status/.test(cell)) return "status";
  if (/^(?:meeting\s+)?date(?:\s+of\s+meeting)?$/.test(cell)) return "date";
  return null;
}

interface LogState {
  columns: ColumnMap | null;
  meetingDate: string | null;
  asAt: { iso: string; line: number } | null;
  previous: ActionLogRow | null;
  warnedGroups: Set<number>;
  /** Index of the line that ended the last table (-1 before any). */
  lastTableEnd: number;
}

function readActionLogs(ctx: PackContext): ActionLogRow[] {
  const out: ActionLogRow[] = [];
  const lines = ctx.lines;
  const state: LogState = { columns: null, meetingDate: null, asAt: null, previous: null, warnedGroups: new Set(), lastTableEnd: -1 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = readHeaderRow(line.text);
    if (header) {
      if (state.columns === null) startTable(ctx, lines, i, state);
      state.columns = header;
      continue;
    }
    if (state.columns === null) continue;
    if (isBlank(line) || isSeparatorRow(line.text) || isPageArtefact(line.text)) continue;
    const group = readGroupHeading(line.text, referenceDate(ctx, state));
    if (group !== undefined) {
      setGroup(ctx, state, group, line.n);
      continue;
    }
    if (!line.text.includes("\t")) {
      state.columns = null;
      state.previous = null;
      state.lastTableEnd = i;
      continue;
    }
    for (const row of readRow(ctx, line, state)) out.push(row);
  }
  return out;
}

function isPageArtefact(text: string): boolean {
  return /^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$/i.test(clean(text));
}

/** A new table: pick up the "as at" date and the group heading printed above it. */
function startTable(ctx: PackContext, lines: Line[], headerIdx: number, state: LogState): void {
  state.previous = null;
  // A table soon after the last one continues the same log; a distant one is another log.
  if (state.lastTableEnd < 0 || headerIdx - state.lastTableEnd > SAME_LOG_GAP) {
    state.meetingDate = null;
    state.asAt = null;
  }
  for (let i = headerIdx - 1; i >= 0 && i >= headerIdx - AS_AT_LOOKBACK; i--) {
    const m = /\bas\s+at\s+(.{0,40})/i.exec(lines[i].text);
    const date = m ? findDate(m[1]) : null;
    if (date) { state.asAt = { iso: date.iso, line: lines[i].n }; break; }
  }
  for (let i = headerIdx - 1, seen = 0; i >= 0 && seen < GROUP_LOOKBACK; i--) {
    if (isBlank(lines[i])) continue;
    seen++;
    const group = readGroupHeading(lines[i].text, referenceDate(ctx, state));
    if (group !== undefined) { setGroup(ctx, state, group, lines[i].n); return; }
    if (readHeaderRow(lines[i].text) || lines[i].text.split("\t").filter((c) => clean(c) !== "").length > 1) return;
  }
}

function referenceDate(ctx: PackContext, state: LogState): string | null {
  return state.asAt?.iso ?? ctx.meetingDate;
}

/**
 * "ACTIONS FROM MINUTES OF THE 17th APRIL COMMITTEE", "Minutes of 8 th October 2020": the meeting
 * whose actions follow. Returns the date (null when unreadable), or undefined when not a heading.
 */
export function readGroupHeading(text: string, reference: string | null): string | null | undefined {
  if (!/minutes|meeting/i.test(text)) return undefined;
  const cells = text.split("\t").map((c) => clean(c));
  if (cells[0] === "" || cells.slice(1).some((c) => c !== "")) return undefined;
  const t = cells[0];
  if (t.length > 120 || !/\bminutes\b|\bmeeting\b/i.test(t) || /[.;]$/.test(t)) return undefined;
  const full = findDate(t);
  if (full) return full.iso;
  if (!reference) return /\bminutes\s+of\b/i.test(t) ? null : undefined;
  const year = parseInt(reference.slice(0, 4), 10);
  const sameYear = findDayMonth(t, year);
  if (!sameYear) return /\bminutes\s+of\b/i.test(t) ? null : undefined;
  // A day and month without a year: the latest such date not after the log's own date.
  return sameYear > reference ? findDayMonth(t, year - 1) : sameYear;
}

function setGroup(ctx: PackContext, state: LogState, date: string | null, line: number): void {
  state.meetingDate = date;
  state.previous = null;
  if (date === null) {
    ctx.issues.warn("action-log-meeting-date-missing", line, "An action-log group heading names no meeting date that could be read.");
  } else if (state.asAt && date > state.asAt.iso && !state.warnedGroups.has(line)) {
    state.warnedGroups.add(line);
    ctx.issues.warn("action-log-date-before-actions", line,
      `The action log is dated "as at" ${state.asAt.iso} (line ${state.asAt.line}) but lists actions from the meeting of ${date}.`);
  }
}

/** One physical table row -> one entry per sub-action; an empty minute cell continues the row above. */
function readRow(ctx: PackContext, line: Line, state: LogState): ActionLogRow[] {
  const columns = state.columns!;
  const cells = line.text.split("\t");
  const cell = (c: Column) => (columns[c] !== undefined ? cells[columns[c]!] ?? "" : "");
  const minute = clean(cell("minute")).replace(/^(?:minute|min)\.?\s+(?=\d)/i, "").replace(/[.:]+$/, "");
  const continuation = minute === "" && state.previous !== null;
  const actions = subCells(cell("action"));
  if (actions.length === 0) return [];
  const prev = state.previous;
  // A "Meeting date" column dates each row itself (a blank cell carries the row above's date).
  const dated = columns.date !== undefined ? findDate(cell("date"))?.iso ?? (continuation ? prev?.meetingDate ?? null : null) : null;
  const base = {
    meetingDate: dated ?? state.meetingDate,
    minuteNumber: minute !== "" ? minute : prev?.minuteNumber ?? null,
    itemTitle: clean(cell("title")) || (continuation ? prev?.itemTitle ?? null : null),
    responsible: clean(cell("responsible")) || (continuation ? prev?.responsible ?? null : null),
  };
  if (minute === "" && prev === null) {
    ctx.issues.warn("action-log-minute-missing", line.n, "An action-log row has no minute number and does not continue a row above it.");
  }
  const commentCells = subCells(cell("comments"));
  const statusCells = subCells(cell("status"));
  warnIfMisaligned(ctx, line.n, actions.length, commentCells.length, statusCells.length);
  const comments = alignCells(actions, commentCells);
  const statuses = alignCells(actions, statusCells);
  if (continuation && prev && actions.length === 1 && actions[0].label === null && /^[a-z]/.test(actions[0].text)) {
    mergeIntoPrevious(prev, actions[0].text, comments[0], statuses[0]);
    return [];
  }
  const rows = actions.map((a, k) => ({
    ...base,
    line: line.n,
    action: a.text,
    comments: comments[k],
    status: statuses[k],
  }));
  state.previous = rows[rows.length - 1];
  return rows;
}

/** A row cut by a page break in the middle of an action: the text carries on. */
function mergeIntoPrevious(prev: ActionLogRow, action: string, comments: string | null, status: string | null): void {
  prev.action = `${prev.action} ${action}`;
  if (comments) prev.comments = prev.comments ? `${prev.comments} ${comments}` : comments;
  if (status && !prev.status) prev.status = status;
}

interface SubCell { label: string | null; text: string }

/** A cell's sub-actions: one per <p>, or "a) … b) …" written inline; the label is taken off. */
export function subCells(raw: string): SubCell[] {
  const paragraphs = /<p\b/i.test(raw)
    ? [...raw.matchAll(/<p\b[^>]*>([\s\S]*?)(?:<\/p>|$)/gi)].map((m) => m[1])
    : splitInlineLabels(raw);
  return paragraphs
    .map((p) => clean(p))
    .filter((p) => p !== "")
    .map((p) => {
      const m = /^\(?([a-z])\)\s+(.*)$/.exec(p);
      return m ? { label: m[1], text: m[2] } : { label: null, text: p };
    });
}

/** "a) first b) second" -> ["a) first", "b) second"] when the labels run a, b, c… in order. */
function splitInlineLabels(raw: string): string[] {
  const text = clean(raw);
  const starts: number[] = [];
  let expected = "a";
  for (const m of text.matchAll(/(?:^|\s)\(?([a-z])\)\s/g)) {
    if (m[1] !== expected) continue;
    starts.push((m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0));
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (starts.length < 2 || starts[0] !== 0) return [text];
  return starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length));
}

/** Comments or statuses lined up with the actions: by label where labelled, else by position. */
function alignCells(actions: SubCell[], values: SubCell[]): (string | null)[] {
  if (values.length === 0) return actions.map(() => null);
  if (values.length === 1 && actions.length > 1 && values[0].label === null) return actions.map(() => values[0].text);
  const byLabel = new Map(values.filter((v) => v.label !== null).map((v) => [v.label!, v.text]));
  return actions.map((a, k) => {
    if (a.label !== null && byLabel.has(a.label)) return byLabel.get(a.label)!;
    if (a.label !== null && byLabel.size > 0 && values.every((v) => v.label !== null)) return null;
    return values[k]?.text ?? null;
  });
}

function warnIfMisaligned(ctx: PackContext, line: number, actions: number, comments: number, statuses: number): void {
  const off = (n: number) => n > 1 && n !== actions;
  if (off(comments) || off(statuses)) {
    ctx.issues.warn("action-log-cells-misaligned", line,
      `An action-log row has ${actions} action(s) but ${comments} comment(s) and ${statuses} status(es); they were matched by label or position.`);
  }
}
