import { findDate, parseTime, weekdayOf } from "./dates";
import type { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { cellAt, findTabTables, mapColumns, type TableRow, type TabTable } from "./tab-table";
import { clean, joinSplitOrdinals } from "./text";

type ContractWorkshop = ParsedPack["workshops"][number];

/** One item of a workshop, with the time and attendance columns the contract leaves out. */
export interface WorkshopItemRecord {
  number: string | null;
  title: string;
  presenter: string | null;
  line: number;
  /** The Time cell as printed ("11.30"), and read as a 24-hour time. */
  timeAsPrinted: string | null;
  startTime: string | null;
  attendance: string | null;
}

/** A workshop (one per date), with what the date cell also says: time range, room, reserve date. */
export type WorkshopRecord = Omit<ContractWorkshop, "items"> & {
  items: WorkshopItemRecord[];
  timeRange: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  isReserveDate: boolean;
};

type WorkshopColumn = "date" | "time" | "number" | "item" | "presenter" | "attendance";

const WORKSHOP_COLUMNS: ReadonlyArray<readonly [WorkshopColumn, RegExp]> = [
  ["date", /\bdate\b/],
  ["time", /\btime\b/],
  ["number", /^(no|number|item no|ref)$/],
  ["item", /\b(item|topic|subject|session|title)\b/],
  ["presenter", /\b(presenters?|presented by|speakers?|facilitators?)\b/],
  ["attendance", /\b(attendance|attendees|audience|invited?)\b/],
];

type Columns = Partial<Record<WorkshopColumn, number>>;

/** A date at the start of a line, as the workshop plan prints them ("17 Jan 19 - (Committee)"). */
const LEADING_DATE = /^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:\s?(?:st|nd|rd|th))?(?:\s+[A-Za-z]{3,}|[/.]\d{1,2}[/.]\d{2,4})/i;
const TIME_RANGE = /\b(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:-|–|to)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)/i;

/** Workshop and training plans. */
export function parseWorkshops(ctx: PackContext): WorkshopRecord[] {
  try {
    const tables = findTabTables(ctx.lines, {
      isHeader: isWorkshopHeader,
      headerHint: /present|speaker|facilitat/i,
      acceptLooseLine: (text) => LEADING_DATE.test(text) && findDate(text) !== null,
    });
    return tables.flatMap((t) => readWorkshopTable(t, ctx.issues));
  } catch (e) {
    ctx.issues.error("workshop-plan-unreadable", null, `The workshop plan could not be read: ${String(e)}`);
    return [];
  }
}

export function isWorkshopHeader(cells: string[]): boolean {
  const cols = mapColumns(cells, WORKSHOP_COLUMNS);
  return cols.date !== undefined && cols.item !== undefined && cols.presenter !== undefined;
}

function readWorkshopTable(table: TabTable, issues: IssueLog): WorkshopRecord[] {
  const cols = mapColumns(table.header, WORKSHOP_COLUMNS);
  const workshops: WorkshopRecord[] = [];
  let current: WorkshopRecord | null = null;
  for (const row of table.rows) {
    const dateCell = row.loose ? clean(row.raw[0]) : cellAt(row.cells, cols.date);
    const item = readItem(row, cols, issues);
    if (dateCell === "") {
      if (item.length === 0) continue;
      if (!current) {
        issues.warn("workshop-item-without-date", row.line, `The workshop item "${item[0].title}" comes before any workshop date.`);
        continue;
      }
      current.items.push(...item);
      continue;
    }
    const opened = openWorkshop(dateCell, row, item.length > 0, issues);
    if (opened === "note") continue;
    if (opened === "marker") {
      current = null; // a committee meeting sits between workshops: items below it need their own date
      continue;
    }
    if (current && opened.date !== null && opened.date === current.date) {
      current.items.push(...item); // the same date printed again (e.g. after a page break)
      continue;
    }
    opened.items.push(...item);
    workshops.push(opened);
    current = opened;
  }
  return workshops;
}

/**
 * Read a first-column cell: a new workshop, a committee-date marker ("17 April 18 -
 * (Committee)", no items), or a note row (no date at its start).
 */
function openWorkshop(cell: string, row: TableRow, hasItems: boolean, issues: IssueLog): WorkshopRecord | "marker" | "note" {
  const text = joinSplitOrdinals(cell);
  const found = LEADING_DATE.test(text) ? findDate(text) : null;
  if (!found || found.index > 3) {
    if (!hasItems) return "note";
    issues.warn("workshop-date-unreadable", row.line, `The workshop date "${text}" could not be read as a date.`);
    return blankWorkshop(row.line, text, null, text);
  }
  if (found.weekday && found.weekday !== weekdayOf(found.iso)) {
    issues.warn("date-weekday-mismatch", row.line,
      `The workshop date "${found.matched}" names a ${found.weekday}, but ${found.iso} is a ${weekdayOf(found.iso)}.`);
  }
  const rest = text.slice(found.index + found.matched.length);
  if (!hasItems && /\bcommittee\b/i.test(rest) && !/\breserve\b/i.test(rest)) return "marker";
  return blankWorkshop(row.line, found.matched.trim(), found.iso, rest);
}

function blankWorkshop(line: number, dateAsPrinted: string, iso: string | null, rest: string): WorkshopRecord {
  const range = TIME_RANGE.exec(rest);
  const [startTime, endTime] = range ? readTimeRange(range[1], range[2]) : [null, null];
  return {
    line, date: iso, dateAsPrinted, items: [],
    timeRange: range ? range[0].trim() : null, startTime, endTime,
    place: placeOf(range ? rest.replace(range[0], " ") : rest),
    isReserveDate: /\breserve\b/i.test(rest),
  };
}

/** The room or place left in the date cell once the time range and "(Reserve Committee)" are gone. */
function placeOf(rest: string): string | null {
  const t = rest
    .replace(/\((?:reserve\s+)?committee\)/gi, " ")
    .replace(/[()]/g, " ")
    .replace(/^[\s\-–,]+|[\s\-–,]+$/g, "");
  return t === "" ? null : clean(t);
}

/** "10:00-1:00pm" -> 10:00, 13:00. An end earlier than the start is in the afternoon. */
export function readTimeRange(startText: string, endText: string): [string | null, string | null] {
  const start = clockTime(startText);
  let end = parseTime(endText)?.time ?? clockTime(endText);
  if (start && end && end < start && Number(end.slice(0, 2)) < 12) {
    end = `${String(Number(end.slice(0, 2)) + 12).padStart(2, "0")}${end.slice(2)}`;
  }
  return [start, end];
}

/**
 * A clock time without am/pm read as working hours: "2.30" is 14:30, "10" is 10:00
 * (committee workshops run between morning and early evening).
 */
export function clockTime(text: string): string | null {
  const t = text.trim();
  const parsed = parseTime(/^\d{1,2}$/.test(t) ? `${t}:00` : t);
  if (!parsed) return null;
  const hour = Number(parsed.time.slice(0, 2));
  if (parsed.meridiem === null && hour >= 1 && hour <= 7) return `${String(hour + 12).padStart(2, "0")}${parsed.time.slice(2)}`;
  return parsed.time;
}

function readItem(row: TableRow, cols: Columns, issues: IssueLog): WorkshopItemRecord[] {
  if (row.loose) return [];
  const rawTitle = cellAt(row.raw, cols.item);
  const title = joinSplitOrdinals(cellAt(row.cells, cols.item));
  const presenter = cellAt(row.cells, cols.presenter);
  const numberCell = cellAt(row.cells, cols.number);
  const timeCell = cellAt(row.cells, cols.time);
  if (title === "") {
    if (presenter !== "" || numberCell !== "") {
      issues.warn("workshop-item-without-title", row.line, "A workshop row names a presenter or number but no item; it was left out.");
    }
    return [];
  }
  const base = {
    line: row.line,
    number: numberCell.replace(/[.)]+$/, "").trim() || null,
    presenter: presenter || null,
    timeAsPrinted: timeCell || null,
    startTime: timeCell ? clockTime(timeCell) : null,
    attendance: cellAt(row.cells, cols.attendance) || null,
  };
  const titles = listItems(rawTitle, title, row.line, issues);
  return titles.map((t) => ({ ...base, title: t }));
}

/**
 * An item cell that held a bullet list: split on the bullets that survived extraction, or where
 * they were lost, on the capitals each topic starts with (splitRunTogetherTopics); what cannot
 * be split that way is kept as one item, and the clerk is told either way.
 */
function listItems(raw: string, title: string, line: number, issues: IssueLog): string[] {
  if (!/<(ul|ol|li)\b/i.test(raw) && !title.includes("•")) return [title];
  const parts = title.split(/\s*[•▪●◦]\s*/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length > 1) return parts;
  const topics = splitRunTogetherTopics(title);
  if (topics.length > 1) {
    issues.info("workshop-items-split-at-capitals", line,
      `This workshop row held a bulleted list whose bullets were lost in extraction ("${title}"); it was split where each topic's capital starts: ${topics.map((t) => `"${t}"`).join(", ")}.`);
    return topics;
  }
  issues.warn("workshop-items-run-together", line,
    `This workshop row held a bulleted list whose bullets were lost in extraction ("${title}"); kept as one item.`);
  return [title];
}

/** Words that sit lower case inside a title ("Relationship with the Combined Authority"). */
const TITLE_SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "vs"]);

const isCapitalised = (w: string) => /^[A-Z]/.test(w);
const isLowerWord = (w: string) => /^[a-z]/.test(w) && !TITLE_SMALL_WORDS.has(w);

/**
 * Topics of a bullet list printed one after another with the bullets lost, told apart by how
 * each starts: "Tackling deprivation Business Planning Visiting community organisations" →
 * "Tackling deprivation", "Business Planning", "Visiting community organisations". A topic is
 * in sentence case (a capital, then lower-case words) or title case (capitals throughout); a new
 * one starts at a capital after a lower-case word, or at the capital that opens a sentence-case
 * run after a title-case one. Text all in capitals gives no such cue and stays one piece, as does
 * any split that would leave a one-word topic.
 */
export function splitRunTogetherTopics(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const topics: string[][] = [];
  for (const [i, w] of words.entries()) {
    const prev = words[i - 1];
    const next = words[i + 1];
    const afterLower = prev !== undefined && isLowerWord(prev) && isCapitalised(w);
    const opensSentenceCase = prev !== undefined && isCapitalised(prev) && isCapitalised(w) && next !== undefined && isLowerWord(next)
      && (topics[topics.length - 1]?.length ?? 0) >= 2;
    if (topics.length === 0 || afterLower || opensSentenceCase) topics.push([w]);
    else topics[topics.length - 1].push(w);
  }
  if (topics.length < 2 || topics.some((t) => t.length < 2)) return [text];
  return topics.map((t) => t.join(" "));
}
