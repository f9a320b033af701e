/**
 * The agenda on a front sheet: numbered items with titles, section headings and page ranges,
 * in the layouts councils print ("1. Title", "2a<TAB>Title<TAB>5 - 12", "1." on its own line
 * above a title that wraps and ends "(Pages 11 - 84)").
 */
import type { IssueLog } from "./issue-log";
import type { ParsedAgendaItem } from "./parsed";
import { isBlank, type Line } from "./source-lines";
import { clean, isSeparatorRow } from "./text";

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;
/** "1.", "2a", "10", "4\t" followed by a title; titles start with a capital (or markup). */
// A title starts with a capital, or with a decision reference ("24/00108 - Revenue…").
const ITEM_LINE = /^\s*(\d{1,2}[a-z]?)(?:[.)]\s*|\t+|\s+)((?:\*\*|\*)?(?:[A-Z]|\d{1,4}\/\d).*)$/;
/** "1." alone on its line: the title follows on the next line(s). */
const NUMBER_ONLY = /^\s*(\d{1,2}[a-z]?)[.)]\s*$/;
/** Page range at the end of a title line: "**5 - 20**", "\t5 - 12". */
const TRAILING_PAGES = /(?:\*\*)?\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*(?:\*\*)?\s*$/;
const PAGE_RANGE_ONLY = /^\s*(?:\*\*)?(\d{1,4})\s*[-–]\s*(\d{1,4})(?:\*\*)?\s*$/;
/** "(Pages 11 - 84)", "(Page 5)" anywhere in an item's text. */
const PAGES_REF = /\(\s*Pages?\s+(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?\s*\)/i;
const PAGES_REF_ONLY = /^\s*\(\s*Pages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)\s*$/i;
const SUB_ITEM = /^\s+\(([a-z])\)\s+(\S.*)$/;
const SPACED_PAGES = /\s{3,}(?:Pages?\s+)?(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$/;
const COMMITTEE_WORD = /\b(COMMITTEE|BOARD|PANEL|CABINET|COUNCIL|FORUM|SUB-COMMITTEE)\b/;

/** Section headings in the agenda: short upper-case lines without an item number. */
function isSectionHeading(t: string): boolean {
  if (/^part\s+(?:\d+|[ivx]+)\b(?:\s*[-–:]\s*[A-Za-z ]{2,40})?$/i.test(t)) return true;
  return (
    t.length >= 4 && t.length <= 60 && /^[A-Z][A-Z &,'/-]+$/.test(t) && !/^A ?G ?E ?N ?D ?A$/.test(t) && !POSTCODE.test(t)
  );
}

export function readAgendaItems(region: Line[], issues: IssueLog): ParsedAgendaItem[] {
  const items: ParsedAgendaItem[] = [];
  let section: string | null = null;
  let bodyLines: string[] = [];
  const flushBody = () => {
    const last = items[items.length - 1];
    if (last) last.body = bodyLines.length ? bodyLines.join("\n") : null;
    bodyLines = [];
  };
  for (let i = 0; i < region.length; i++) {
    const l = region[i];
    if (isBlank(l) || isSeparatorRow(l.text)) continue;
    const t = clean(l.text);
    if (/^open to (?:the )?public and (?:the )?press$/i.test(t)) continue;
    const pages = PAGE_RANGE_ONLY.exec(l.text) ?? (PAGES_REF_ONLY.test(t) ? PAGES_REF.exec(t) : null);
    const last = items[items.length - 1];
    if (pages && last && last.pageStart === null && bodyLines.length === 0) {
      setPages(last, pages[1], pages[2] ?? pages[1], l.n, issues);
      continue;
    }
    if (isSectionHeading(t) && !COMMITTEE_WORD.test(t)) {
      flushBody();
      section = t;
      // A note under the heading "(During these items the meeting is likely to be open to the public)".
      while (i + 1 < region.length && /^\s*\(/.test(region[i + 1].text) && !PAGES_REF_ONLY.test(region[i + 1].text)) {
        i++;
        while (i + 1 < region.length && !/\)\s*$/.test(region[i].text) && !isBlank(region[i + 1])) i++;
      }
      continue;
    }
    const alone = NUMBER_ONLY.exec(l.text);
    if (alone && isPlausibleNextNumber(alone[1], last?.number ?? null)) {
      const titled = readTitleBelow(region, i + 1);
      if (titled) {
        flushBody();
        const item = readItemLine(alone[1], titled.title, section, l.n, issues);
        items.push(item);
        i = titled.end - 1;
        continue;
      }
    }
    const sub = last ? SUB_ITEM.exec(l.text) : null;
    if (sub && last && isPlausibleNextNumber(`${parseInt(last.number, 10)}${sub[1]}`, last.number)) {
      flushBody();
      const wrapped = wrappedTitleWithPages(region, i, sub[2]);
      items.push(readItemLine(`${parseInt(last.number, 10)}${sub[1]}`, wrapped.title, section, l.n, issues));
      i = wrapped.end - 1;
      continue;
    }
    const item = ITEM_LINE.exec(l.text);
    if (item && isPlausibleNextNumber(item[1], last?.number ?? null)) {
      flushBody();
      const wrapped = wrappedTitleWithPages(region, i, item[2]);
      items.push(readItemLine(item[1], wrapped.title, section, l.n, issues));
      i = wrapped.end - 1;
      continue;
    }
    if (last) bodyLines.push(t);
  }
  flushBody();
  return items;
}

/**
 * The title under a number printed alone ("1." then "Apologies"): the next non-blank line and
 * the lines that carry on from it without a blank line (a page reference may close the last).
 */
function readTitleBelow(region: Line[], from: number): { title: string; end: number } | null {
  let j = from;
  while (j < region.length && isBlank(region[j])) j++;
  if (j >= region.length || !/^\s*(?:\*\*)?[A-Z0-9“"']/.test(region[j].text) || NUMBER_ONLY.test(region[j].text)) return null;
  const parts = [region[j].text.trim()];
  let k = j + 1;
  while (k < region.length && k < j + 4 && !isBlank(region[k]) && !NUMBER_ONLY.test(region[k].text) && !isSectionHeading(clean(region[k].text))) {
    parts.push(region[k].text.trim());
    k++;
  }
  return { title: parts.join(" "), end: k };
}

/**
 * "3. Title that wraps" over lines, the last ending "(Pages 1 - 14)": the wrapped lines are title.
 * Lines indented under the title (a fixed-width agenda table) carry it on too; a "- Key Decision"
 * marker or a sub-item "(a)" does not.
 */
function wrappedTitleWithPages(region: Line[], at: number, rest: string): { title: string; end: number } {
  const indented: string[] = [];
  let k = at + 1;
  while (k < region.length && k <= at + 3 && /^\s{3,}[A-Za-z“"']/.test(region[k].text) && !SUB_ITEM.test(region[k].text) && !/^\s*[-–•]\s/.test(region[k].text)) {
    indented.push(region[k].text.trim());
    k++;
  }
  if (indented.length) {
    const first = splitSpacedPages(rest);
    const more = indented.map(splitSpacedPages);
    const pages = [first, ...more].find((x) => x.pages)?.pages ?? "";
    return { title: [first.title, ...more.map((x) => x.title)].join(" ") + pages, end: k };
  }
  if (PAGES_REF.test(rest)) return { title: rest, end: at + 1 };
  const parts = [rest];
  for (let k = at + 1; k < region.length && k <= at + 3 && !isBlank(region[k]) && !SUB_ITEM.test(region[k].text); k++) {
    parts.push(region[k].text.trim());
    if (PAGES_REF.test(region[k].text)) return { title: parts.join(" "), end: k + 1 };
  }
  return { title: rest, end: at + 1 };
}

/** Item numbers only go forward ("2", "2a", "2b", "3"); a body line starting "15 May" is not item 15. */
function isPlausibleNextNumber(next: string, previous: string | null): boolean {
  const n = parseInt(next, 10);
  if (previous === null) return n <= 2;
  const p = parseInt(previous, 10);
  return n === p + 1 || (n === p && next > previous) || (n === p + 2 && !/[a-z]$/.test(next));
}

/** "Title          7 - 40" / "Title     Pages 5 - 10": a page range set apart by a run of spaces. */
function splitSpacedPages(text: string): { title: string; pages: string | null } {
  // "-" in a Pages column: no pages.
  if (/\s{3,}[-–]\s*$/.test(text)) return { title: text.replace(/\s{3,}[-–]\s*$/, "").trim(), pages: null };
  const m = SPACED_PAGES.exec(text);
  return m ? { title: text.slice(0, m.index).trim(), pages: ` (Pages ${m[1]} - ${m[2]})` } : { title: text.trim(), pages: null };
}

function readItemLine(number: string, printedRaw: string, section: string | null, line: number, issues: IssueLog): ParsedAgendaItem {
  const spaced = splitSpacedPages(printedRaw);
  const printed = spaced.pages ? spaced.title + spaced.pages : printedRaw;
  const ref = PAGES_REF.exec(printed);
  const rest = ref ? `${printed.slice(0, ref.index)} ${printed.slice(ref.index + ref[0].length)}`.trim() : printed;
  const cells = rest.split("\t").map((c) => c.trim()).filter(Boolean);
  let titleText = cells[0] ?? rest;
  let pageText = cells.length > 1 ? cells[cells.length - 1] : null;
  if (!pageText) {
    const trailing = TRAILING_PAGES.exec(rest);
    // Only a page range when it is set apart from the title (bold or its own cell), not "Outturn 2017-18".
    if (trailing && /\*\*\s*\*\*\s*\d|\s\*\*\d/.test(rest.slice(Math.max(0, trailing.index - 3)))) {
      titleText = rest.slice(0, trailing.index);
      pageText = trailing[0];
    }
  }
  const item: ParsedAgendaItem = {
    number,
    title: clean(titleText),
    section,
    pageStart: null,
    pageEnd: null,
    line,
    body: null,
  };
  const pages = pageText ? PAGE_RANGE_ONLY.exec(pageText) : null;
  if (pages) setPages(item, pages[1], pages[2], line, issues);
  else if (ref) setPages(item, ref[1], ref[2] ?? ref[1], line, issues);
  return item;
}

function setPages(item: ParsedAgendaItem, start: string, end: string, line: number, issues: IssueLog): void {
  item.pageStart = parseInt(start, 10);
  item.pageEnd = parseInt(end, 10);
  if (item.pageEnd < item.pageStart) {
    issues.warn("page-range-reversed", line, `Agenda item ${item.number} gives pages ${start} - ${end}: the range runs backwards.`);
  }
}

