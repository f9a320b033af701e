/**
 * A report's source documents: a (document, location) table in older packs, a numbered list
 * with markdown links in newer ones, or "None" (an empty list).
 */
import type { SourceDocument } from "./contract";
import { findDate } from "./dates";
import { isBlank, type Line } from "./source-lines";
import { clean, cleanOrNull, isSeparatorRow, stripBullet } from "./text";
import { htmlFragments, numberedLine, numberLevel } from "./report-body";

export interface SourceDocumentsResult {
  documents: SourceDocument[];
  startIndex: number;
  endIndex: number;
}

const HEADING = /^source\s+documents?\b/i;
const NONE = /^(?:none|n\/a|not\s+applicable)\.?$/i;
const LEADING_LINK = /^\s*(?:<(https?:\/\/[^>\s]+)>|\[([^\]]*)\]\(([^)]*)\)|(https?:\/\/\S+))/;

function firstCell(raw: string): string {
  return clean(raw.split("\t")[0] ?? "");
}

/** The section's first line: a "Source Documents\tLocation" table header or a "5. Source documents" heading. */
export function isSourceDocumentsStart(raw: string): boolean {
  if (!/source\W+doc/i.test(raw)) return false;
  if (raw.includes("\t")) return HEADING.test(firstCell(raw)) && firstCell(raw).length <= 40;
  const nl = numberedLine(raw);
  if (nl) return numberLevel(nl.number) === 1 && HEADING.test(clean(nl.text));
  return /^source\s+documents?\s*:?$/i.test(clean(stripBullet(raw)));
}

export function parseSourceDocuments(lines: Line[], from: number, to: number): SourceDocumentsResult {
  let start = -1;
  for (let i = from; i < to; i++) if (isSourceDocumentsStart(lines[i].text)) { start = i; break; }
  if (start < 0) return { documents: [], startIndex: -1, endIndex: from };
  const read = lines[start].text.includes("\t") ? readTable(lines, start + 1, to) : readList(lines, start + 1, to);
  return { documents: read.documents, startIndex: start, endIndex: read.endIndex };
}

/** Table rows after the header, up to the first blank line after a row. */
function readTable(lines: Line[], from: number, to: number): { documents: SourceDocument[]; endIndex: number } {
  const documents: SourceDocument[] = [];
  let i = from;
  let rows = 0;
  for (; i < to; i++) {
    const raw = lines[i].text;
    if (isBlank(raw)) { if (rows > 0) break; continue; }
    if (isSeparatorRow(raw)) continue;
    if (!raw.includes("\t") && rows > 0) break;
    if (!raw.includes("\t") && !NONE.test(clean(raw))) break;
    rows++;
    const [titleCell = "", locationCell = ""] = raw.split("\t");
    documents.push(...documentsOfRow(titleCell, locationCell));
  }
  return { documents, endIndex: i };
}

/** One table row; bulleted titles beside one location paragraph each become several documents. */
export function documentsOfRow(titleCell: string, locationCell: string): SourceDocument[] {
  const titles = listOrText(titleCell).flatMap(splitRunTogetherTitles).filter((t) => !NONE.test(t));
  if (titles.length === 0) return [];
  const locations = listOrText(locationCell);
  return titles.map((title, k) => ({
    title,
    location: locationOf(locations.length === titles.length ? locations[k] : locations.join(" ")),
  }));
}

function listOrText(cell: string): string[] {
  return htmlFragments(cell)
    .flatMap((f) => (f.kind === "list" ? f.items : [f.text]))
    .map((t) => clean(t))
    .filter((t) => t !== "");
}

/** "Minutes – 13 June 2017 Agenda and Minutes – 26 th October 2017": a list that lost its breaks. */
function splitRunTogetherTitles(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 20; guard++) {
    const d = findDate(rest.replace(/(\d)\s+(st|nd|rd|th)\b/g, "$1$2"));
    if (!d) break;
    const endOfDate = endIndexOfDate(rest, d.matched);
    const after = rest.slice(endOfDate).trim();
    if (endOfDate < 0 || !/^[A-Z]/.test(after) || after.split(/\s+/).length < 3) break;
    pieces.push(rest.slice(0, endOfDate).trim());
    rest = rest.slice(endOfDate).trim();
  }
  return pieces.length > 0 ? [...pieces, rest].filter((p) => p !== "") : [text];
}

function endIndexOfDate(text: string, matched: string): number {
  const year = /(\d{2,4})$/.exec(matched)?.[1];
  if (!year) return -1;
  const monthAndYear = new RegExp(`[A-Za-z]+\\.?,?\\s+${year}\\b`).exec(text);
  return monthAndYear ? monthAndYear.index + monthAndYear[0].length : -1;
}

/** A link's target when there is one ("[text](url)", "<url>", bare url); else the text. */
export function locationOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const url = linkTarget(text);
  return url ?? cleanOrNull(text);
}

function linkTarget(text: string): string | null {
  const md = /\[[^\]]*\]\(([^)\s]+)\)/.exec(text);
  if (md && md[1] !== "#") return md[1];
  const angle = /<(https?:\/\/[^>\s]+)>/.exec(text);
  if (angle) return angle[1];
  const bare = /https?:\/\/[^\s<>)\]]+/.exec(text);
  return bare ? bare[0] : null;
}

type ListMode = "items" | "titles" | "location";

/** Numbered items ("5.1 Title") each followed by a link line, or "5.1 Source documents / 5.2 Location". */
function readList(lines: Line[], from: number, to: number): { documents: SourceDocument[]; endIndex: number } {
  const documents: SourceDocument[] = [];
  let mode: ListMode = "items";
  let i = from;
  for (; i < to; i++) {
    const raw = lines[i].text;
    if (isBlank(raw) || isSeparatorRow(raw)) continue;
    if (raw.includes("\t")) break;
    const nl = numberedLine(raw);
    if (nl && numberLevel(nl.number) === 1) break;
    const text = clean(stripBullet(nl ? nl.text : raw));
    if (NONE.test(text)) { i++; break; }
    if (LEADING_LINK.test(raw)) {
      attachLocation(documents, raw, mode);
      continue;
    }
    if (nl) {
      if (HEADING.test(text) && text.length <= 40) { mode = "titles"; continue; }
      if (/^locations?$/i.test(text)) { mode = "location"; continue; }
      mode = "items";
      documents.push({ title: text, location: linkTarget(raw) });
      continue;
    }
    if (mode === "titles") { documents.push({ title: text, location: linkTarget(raw) }); continue; }
    if (mode === "location" && documents.length > 0) { attachLocation(documents, raw, mode); continue; }
    // A place printed under an item ("Room 3.02, Shire Hall") is that item's location.
    const last = documents[documents.length - 1];
    if (mode === "items" && last && last.location === null && text.length <= 150) { last.location = text; continue; }
    break;
  }
  return { documents, endIndex: i };
}

function attachLocation(documents: SourceDocument[], raw: string, mode: ListMode): void {
  const location = locationOf(raw);
  const targets = mode === "location" ? documents.filter((d) => d.location === null) : documents.slice(-1);
  if (targets.length === 0 && documents.length === 0) {
    documents.push({ title: clean(raw), location });
    return;
  }
  for (const d of targets) if (d.location === null) d.location = location;
}
