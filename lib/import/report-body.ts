/**
 * A report's body as ordered blocks (numbered headings and paragraphs, lists, tables), ready
 * to render as HTML. Handles both layouts: "2.3 text" lines (newer packs) and tab rows with
 * the number in the first cell and HTML fragments (<p>, <ul> with "•" items) in the second.
 */
import type { BodyBlock } from "./parsed";
import { isBlank, type Line } from "./source-lines";
import { clean, isSeparatorRow, stripBullet } from "./text";

export interface NumberedLine { number: string; text: string }

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\t+|\s+)(\S[\s\S]*)$/;
const LIST_BULLET = /^\s*(?:[-•▪●◦○*]|o(?=\s))\s+/;

/** "- 2.3 Text", "2.3\tText", "- ### 2.2 Heading", "5. **Source documents**" -> number + raw text. */
export function numberedLine(raw: string): NumberedLine | null {
  const t = raw.replace(LIST_BULLET, "").replace(/^#{1,6}\s+/, "").replace(/^\*\*(?=\d)/, "").trimStart();
  const m = NUMBERED.exec(t);
  if (!m) return null;
  if (/^\d+$/.test(m[1]) && !/^\d+\.(?:\t|\s)/.test(t) && !/^\d+\t/.test(t)) {
    // A bare "2 new Mobile Libraries..." is a sentence, not a section number.
    return null;
  }
  return { number: m[1], text: m[2] };
}

/** Section depth of a number: "2" and "2.0" are 1, "2.3" is 2, "2.3.17" is 3. */
export function numberLevel(number: string): number {
  const parts = number.split(".");
  if (parts.length === 2 && parts[1] === "0") return 1;
  return parts.length;
}

export function topNumber(number: string): number {
  return parseInt(number.split(".")[0], 10);
}

/** Short text with no sentence ending: "BACKGROUND", "Resource Implications", "2.2 Service Updates". */
export function isHeadingText(text: string): boolean {
  if (text === "" || text.length > 100 || !/^[A-Z0-9'‘"“(]/.test(text)) return false;
  if (/[:;,?]$/.test(text)) return false;
  if (/\.$/.test(text)) return text.split(/\s+/).length <= 5 && !/\.\s/.test(text);
  return true;
}

/** "<https://x>" -> "https://x" (plain markup stripping would drop the whole autolink). */
export function keepAutolinks(s: string): string {
  if (!s.includes("<")) return s;
  return s.replace(/<(https?:\/\/[^>\s]+)>/g, "$1");
}

/** A list that lost its breaks but kept roman numbering: "v. To mitigate ... vi. To increase ...". */
function splitRomanItems(text: string): string[] {
  const parts = text.split(/\s+(?=(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\.\s+[A-Z])/);
  return parts.length > 1 ? parts : [text];
}

/** Split an HTML-ish cell ("<p>a</p> <ul> • b • c") into paragraphs and lists. */
export function htmlFragments(raw: string): ({ kind: "paragraph"; text: string } | { kind: "list"; items: string[] })[] {
  const out: ({ kind: "paragraph"; text: string } | { kind: "list"; items: string[] })[] = [];
  let inList = false;
  // The splits are skipped when there is nothing to split at: this runs on every line of every report.
  const tokens = raw.includes("<") ? raw.split(/(<\/?(?:p|ul|ol)\b[^>]*>)/i) : [raw];
  for (const token of tokens) {
    if (/^<(?:ul|ol)\b/i.test(token)) { inList = true; continue; }
    if (/^<\/(?:ul|ol)/i.test(token) || /^<p\b/i.test(token)) { inList = false; continue; }
    if (/^<\/p/i.test(token)) continue;
    const bulleted = /[•▪●◦○]/.test(token);
    const pieces = (bulleted ? token.split(/\s*[•▪●◦○]\s*/) : [token])
      .flatMap(splitRomanItems).map((p) => clean(keepAutolinks(p))).filter((p) => p !== "");
    if (pieces.length === 0) continue;
    if (inList || (bulleted && pieces.length > 1)) {
      const [lead, ...items] = !inList && !/^\s*[•▪●◦○]/.test(token) ? pieces : ["", ...pieces];
      if (lead) out.push({ kind: "paragraph", text: lead });
      const last = out[out.length - 1];
      if (last?.kind === "list") last.items.push(...items);
      else if (items.length > 0) out.push({ kind: "list", items });
    } else {
      out.push({ kind: "paragraph", text: pieces.join(" ") });
    }
  }
  return out;
}

type Row =
  | { kind: "blank" }
  | { kind: "numbered"; number: string; text: string; line: number }
  | { kind: "text"; text: string; line: number; continuation: boolean }
  | { kind: "bullet"; text: string; line: number }
  | { kind: "table"; cells: string[]; line: number };

const PAGE_NUMBER = /^\s*page\s+\d+\s+of\s+\d+\s*$/i;
const SECTION_NUMBER_CELL = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?$/;

/** Classify each physical line once, so the block builder reads rows, not raw text. */
function toRow(line: Line): Row | null {
  const raw = keepAutolinks(line.text);
  if (isBlank(raw)) return { kind: "blank" };
  if (isSeparatorRow(raw) || PAGE_NUMBER.test(raw)) return null;
  if (raw.includes("\t")) {
    const cells = raw.split("\t");
    while (cells.length > 0 && clean(cells[cells.length - 1]) === "") cells.pop();
    const first = clean(cells[0] ?? "");
    if (cells.length <= 2 && first === "") return { kind: "text", text: cells[1] ?? "", line: line.n, continuation: true };
    if (cells.length === 2 && SECTION_NUMBER_CELL.test(first)) {
      return { kind: "numbered", number: first.replace(/\.$/, ""), text: cells[1], line: line.n };
    }
    if (cells.length === 1) return { kind: "text", text: cells[0], line: line.n, continuation: false };
    return { kind: "table", cells: cells.map((c) => clean(c)), line: line.n };
  }
  const numbered = numberedLine(raw);
  if (numbered) return { kind: "numbered", number: numbered.number, text: numbered.text, line: line.n };
  if (LIST_BULLET.test(raw) && clean(stripBullet(raw)) !== "") return { kind: "bullet", text: stripBullet(raw), line: line.n };
  return { kind: "text", text: raw, line: line.n, continuation: false };
}

/**
 * Follows section numbering so that an ordered list ("1. ... 2. ... 3. ...") inside section 2
 * is not read as sections 1 to 3.
 */
class NumberingTracker {
  private top: number | null = null;
  private listNumber: number | null = null;

  accepts(number: string, text: string): boolean {
    const top = topNumber(number);
    if (numberLevel(number) === 1) {
      if (this.listNumber !== null && top === this.listNumber + 1 && !isUpperCaseHeading(text)) return false;
      if (this.top === null) return top <= 2;
      return top === this.top + 1;
    }
    if (this.top === null) return top <= 2;
    return top === this.top || top === this.top + 1;
  }

  take(number: string): void {
    this.top = topNumber(number);
    this.listNumber = null;
  }

  listItem(number: string): void {
    this.listNumber = numberLevel(number) === 1 ? topNumber(number) : null;
  }

  endList(): void {
    this.listNumber = null;
  }
}

function isUpperCaseHeading(text: string): boolean {
  const t = clean(text);
  return t.length > 3 && t === t.toUpperCase() && /[A-Z]/.test(t);
}

interface BodyState {
  blocks: BodyBlock[];
  tracker: NumberingTracker;
  afterBlank: boolean;
}

/** Build body blocks from a report's lines (header, contacts and appendices already cut off). */
export function parseBody(lines: Line[]): BodyBlock[] {
  const rows = lines.map(toRow).filter((r): r is Row => r !== null);
  const state: BodyState = { blocks: [], tracker: new NumberingTracker(), afterBlank: true };
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (row.kind === "blank") { state.afterBlank = true; continue; }
    if (row.kind === "table") {
      k = readTable(rows, k, state.blocks);
    } else if (row.kind === "numbered") {
      addNumbered(state, row);
    } else if (row.kind === "bullet") {
      addListItem(state.blocks, row.text, row.line);
    } else {
      const run = shortLineRun(rows, k);
      if (run > 0) {
        state.blocks.push({ kind: "list", items: rows.slice(k, k + run).map((r) => clean((r as { text: string }).text)), line: row.line });
        k += run - 1;
      } else {
        addText(state, row, nextRow(rows, k));
      }
      state.tracker.endList();
    }
    state.afterBlank = false;
  }
  return state.blocks.filter((b) => b.kind !== "paragraph" || b.text !== "");
}

function nextRow(rows: Row[], k: number): Row | null {
  for (let j = k + 1; j < rows.length; j++) if (rows[j].kind !== "blank") return rows[j];
  return null;
}

/** Three or more short lines with no blank between them and no sentence endings: a list without bullets. */
function shortLineRun(rows: Row[], k: number): number {
  let j = k;
  while (j < rows.length) {
    const r = rows[j];
    if (r.kind !== "text" || r.continuation || /<|\t/.test(r.text)) break;
    const t = clean(r.text);
    if (t.length === 0 || t.length > 80 || /[.:;]$/.test(t)) break;
    j++;
  }
  return j - k >= 3 ? j - k : 0;
}

/** Consecutive table rows become one table; a first row holding figures is data, not a header. */
function readTable(rows: Row[], k: number, blocks: BodyBlock[]): number {
  const cells: string[][] = [];
  let j = k;
  for (; j < rows.length && rows[j].kind === "table"; j++) cells.push((rows[j] as { cells: string[] }).cells);
  const width = Math.max(...cells.map((r) => r.length));
  const pad = (r: string[]): string[] => [...r, ...Array<string>(width - r.length).fill("")];
  const firstIsData = cells[0].some((c) => /^[-–+]?£?\(?[\d,.]+\)?[km%]?$/i.test(c));
  blocks.push({
    kind: "table",
    header: firstIsData ? [] : pad(cells[0]),
    rows: (firstIsData ? cells : cells.slice(1)).map(pad),
    line: (rows[k] as { line: number }).line,
  });
  return j - 1;
}

function addNumbered(state: BodyState, row: { number: string; text: string; line: number }): void {
  const { blocks, tracker } = state;
  if (!tracker.accepts(row.number, row.text)) {
    tracker.listItem(row.number);
    const [lead, ...more] = htmlFragments(row.text);
    const leadText = lead?.kind === "paragraph" ? lead.text : lead?.items.join(" ") ?? "";
    addListItem(blocks, `${row.number}. ${leadText}`, row.line);
    pushFragments(blocks, more, row.line);
    return;
  }
  tracker.take(row.number);
  const [first, ...rest] = htmlFragments(row.text);
  const level = numberLevel(row.number);
  if (!first) {
    blocks.push({ kind: "paragraph", number: row.number, text: "", line: row.line });
  } else if (first.kind === "list") {
    const [lead, ...items] = first.items;
    blocks.push({ kind: "paragraph", number: row.number, text: lead, line: row.line });
    if (items.length > 0) blocks.push({ kind: "list", items, line: row.line });
  } else if (isNumberedHeading(first.text, level, rest.length > 0)) {
    blocks.push({ kind: "heading", number: row.number, text: first.text.replace(/\.$/, ""), level, line: row.line });
  } else {
    blocks.push({ kind: "paragraph", number: row.number, text: first.text, line: row.line });
  }
  pushFragments(blocks, rest, row.line);
}

function isNumberedHeading(text: string, level: number, followedByFragments: boolean): boolean {
  if (!isHeadingText(text)) return false;
  const words = text.split(/\s+/).length;
  if (level === 1) return true;
  if (level === 2) return followedByFragments || text.length <= 70;
  return words <= 6 && !text.includes(": ");
}

function pushFragments(blocks: BodyBlock[], fragments: ReturnType<typeof htmlFragments>, line: number): void {
  for (const f of fragments) {
    const last = blocks[blocks.length - 1];
    if (f.kind === "paragraph") blocks.push({ kind: "paragraph", number: null, text: f.text, line });
    else if (last?.kind === "list") last.items.push(...f.items);
    else blocks.push({ kind: "list", items: f.items, line });
  }
}

function addListItem(blocks: BodyBlock[], rawText: string, line: number): void {
  const text = clean(rawText);
  if (text === "") return;
  const last = blocks[blocks.length - 1];
  if (last?.kind === "list") last.items.push(text);
  else blocks.push({ kind: "list", items: [text], line });
}

function addText(state: BodyState, row: { text: string; line: number; continuation: boolean }, next: Row | null): void {
  const { blocks } = state;
  const [first, ...rest] = htmlFragments(row.text);
  if (!first) return;
  const last = blocks[blocks.length - 1];
  if (first.kind === "paragraph" && last !== undefined && continuesBlock(last, first.text, state.afterBlank, row.continuation)) {
    appendToBlock(last, first.text);
  } else if (first.kind === "paragraph" && rest.length === 0 && state.afterBlank && isSubheading(first.text, next)) {
    blocks.push({ kind: "heading", number: null, text: first.text, level: subheadingLevel(blocks), line: row.line });
  } else {
    pushFragments(blocks, [first], row.line);
  }
  pushFragments(blocks, rest, row.line);
}

/** A wrapped or page-split line: no blank before it, or it starts in lower case, or the text before stopped mid-sentence. */
function continuesBlock(last: BodyBlock, text: string, afterBlank: boolean, tabContinuation: boolean): boolean {
  if (last.kind === "table" || last.kind === "heading") return false;
  const before = last.kind === "list" ? last.items[last.items.length - 1] : last.text;
  if (/^[a-z]/.test(text)) return true;
  if (before.length > 200 && /[a-z,]$/.test(before)) return true;
  if (last.kind === "list") return !afterBlank;
  if (before === "") return true;
  return !afterBlank && !tabContinuation && !/[.:;!?]$/.test(before);
}

function appendToBlock(block: BodyBlock, text: string): void {
  if (block.kind === "paragraph") block.text = clean(`${block.text} ${text}`);
  else if (block.kind === "list") block.items[block.items.length - 1] = clean(`${block.items[block.items.length - 1]} ${text}`);
}

/** An unnumbered subheading: a short title line followed by the text it heads. */
function isSubheading(text: string, next: Row | null): boolean {
  if (!next || next.kind === "blank") return false;
  if (next.kind === "numbered" && isHeadingText(clean(next.text))) return false;
  if (text.length > 70 || !isHeadingText(text) || /\.$/.test(text) || /:\s/.test(text)) return false;
  return text.split(/\s+/).length <= 12;
}

function subheadingLevel(blocks: BodyBlock[]): number {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind === "heading" && b.number !== null) return Math.min(b.level + 1, 4);
    if (b.kind === "paragraph" && b.number !== null) return Math.min(numberLevel(b.number) + 1, 4);
  }
  return 2;
}
