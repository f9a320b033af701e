/**
 * What each part of a document is. Detectors look for an anchor (an AGENDA heading, an
 * attendance list, a report header, a decision notice title), score the text around it by cues,
 * and propose a part starting there; the parts found are then laid end to end, in whatever order
 * and number they come. A document can be one part (minutes alone) or many (an agenda pack).
 */
import { findDate } from "../dates";
import { findReportHeaders } from "../report-header";
import { isBlank } from "../source-lines";
import { clean } from "../text";
import { isLikelyPageNumber } from "./blocks";
import {
  ATTENDANCE_LINE, DECISION_NOTICE_CUES, DECISION_NOTICE_TITLE, FRONT_SHEET_CUES, MINUTES_CUES, MINUTES_WORD, scoreCues,
} from "./cues";
import type { DocLine } from "./document-lines";

export type PartKind = "frontSheet" | "minutes" | "report" | "decisionNotice";

export const PART_KIND_NAMES: Record<PartKind, string> = {
  frontSheet: "an agenda front sheet",
  minutes: "minutes",
  report: "an officer report",
  decisionNotice: "a decision notice",
};

export interface DocumentPart {
  kind: PartKind;
  /** Index of the part's first line; `end` is exclusive (the next part's start). */
  start: number;
  end: number;
  score: number;
  /** The cues that made the detector choose this kind, for the import log. */
  cues: string[];
}

type Candidate = Omit<DocumentPart, "end">;

const FRONT_SHEET_MIN_SCORE = 5;
const MINUTES_MIN_SCORE = 6;
const DECISION_MIN_SCORE = 6;
/** Non-blank lines a detector reads after its anchor. */
const WINDOW = 60;

export function detectParts(lines: DocLine[]): DocumentPart[] {
  const candidates = [
    ...detectFrontSheets(lines),
    ...detectMinutes(lines),
    ...detectReports(lines),
    ...detectDecisionNotices(lines),
  ].sort((a, b) => a.start - b.start || b.score - a.score);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const previous = kept[kept.length - 1];
    // Two detectors claiming the same heading: the better-supported reading wins.
    if (previous && c.start - previous.start <= 3) {
      if (c.score > previous.score) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept.map((c, k) => ({ ...c, end: kept[k + 1]?.start ?? lines.length }));
}

/** The next `count` non-blank, non-page-number lines from `from` (inclusive), cleaned. */
function windowTexts(lines: DocLine[], from: number, count: number, to = lines.length): { texts: string[]; indices: number[] } {
  const texts: string[] = [];
  const indices: number[] = [];
  for (let i = from; i < to && texts.length < count; i++) {
    if (isBlank(lines[i]) || lines[i].furniture || isLikelyPageNumber(lines, i)) continue;
    texts.push(clean(lines[i].text));
    indices.push(i);
  }
  return { texts, indices };
}

// ----------------------------------------------------------------------------- front sheets

const FRONT_SHEET_ANCHOR = /^[\s*_#]*A ?G ?E ?N ?D ?A[\s*_]*$|^\s*summons\b|^\s*notice of (?:a )?meeting\b/i;
const AGENDA_ITEM = /^\s*(?:\*\*)?\d{1,2}[a-z]?(?:[.)]|\t|\s+[A-Z*])/;

function detectFrontSheets(lines: DocLine[]): Candidate[] {
  const out: Candidate[] = [];
  const first = lines.findIndex((l) => !isBlank(l));
  if (first < 0) return out;
  const anchors = new Set<number>([first]);
  lines.forEach((l, i) => { if (l.text.length < 80 && FRONT_SHEET_ANCHOR.test(l.text)) anchors.add(i); });
  for (const i of [...anchors].sort((a, b) => a - b)) {
    if (out.length && i - out[out.length - 1].start < WINDOW * 2) continue;
    const { texts } = windowTexts(lines, i, WINDOW);
    // Minutes read the same at the top (body, date, venue); their attendance list comes before any agenda.
    const attendance = texts.findIndex((t) => ATTENDANCE_LINE.test(t));
    const firstItem = texts.findIndex((t) => AGENDA_ITEM.test(t));
    if (attendance >= 0 && (firstItem < 0 || attendance < firstItem)) continue;
    const { score, found } = scoreCues(texts, FRONT_SHEET_CUES);
    const dated = texts.slice(0, 40).some((t) => findDate(t) !== null);
    const items = texts.filter((t) => AGENDA_ITEM.test(t)).length;
    const total = score + (dated ? 2 : 0) + Math.min(items, 3);
    // Dates and numbered lines alone are any report's body; a front sheet also says it is an agenda.
    if (dated && items > 0 && score >= 2 && total >= FRONT_SHEET_MIN_SCORE) {
      out.push({ kind: "frontSheet", start: i, score: total, cues: [...found, "a meeting date", `${items} numbered lines`] });
    }
  }
  return out;
}

// ----------------------------------------------------------------------------- minutes

const HEADING_LOOKBACK = 10;

function detectMinutes(lines: DocLine[]): Candidate[] {
  const out: Candidate[] = [];
  let lastAnchor = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.length > 300 || !ATTENDANCE_LINE.test(text)) continue;
    // "Present:" then "Also present:" / "Apologies:" belong to one heading.
    if (i - lastAnchor < 40) continue;
    const heading = minutesHeadingStart(lines, i);
    const before = windowTexts(lines, heading, HEADING_LOOKBACK + 1, i + 1).texts;
    const after = windowTexts(lines, i, WINDOW).texts;
    const { score, found } = scoreCues([...before, ...after], MINUTES_CUES);
    const dated = before.some((t) => findDate(t) !== null);
    const total = score + (dated ? 2 : 0);
    if (total < MINUTES_MIN_SCORE) continue;
    lastAnchor = i;
    out.push({ kind: "minutes", start: heading, score: total, cues: dated ? [...found, "a dated heading"] : found });
  }
  return out;
}

/**
 * Where the heading above an attendance list starts: the "MINUTES" line if there is one close
 * above, widened upwards over the banner lines printed above it (council, committee, date).
 */
export function minutesHeadingStart(lines: DocLine[], attendance: number): number {
  let minutesLine = -1;
  let seen = 0;
  for (let i = attendance - 1; i >= 0 && seen < HEADING_LOOKBACK; i--) {
    if (isBlank(lines[i])) continue;
    seen++;
    const t = lines[i].text;
    if (t.length < 240 && MINUTES_WORD.test(t) && !/^\s*\d/.test(t)) { minutesLine = i; break; }
    if (/[.;]\s*$/.test(t) && t.length > 80) break;
  }
  let start = minutesLine >= 0 ? minutesLine : attendance;
  // Banner lines above: short, no sentence; at most a few, across blank lines.
  let banners = 0;
  for (let i = start - 1; i >= 0 && banners < 4; i--) {
    if (isBlank(lines[i])) continue;
    const t = clean(lines[i].text);
    if (t.length > 90 || /[.;:]$/.test(t) || isLikelyPageNumber(lines, i)) break;
    if (minutesLine < 0 && !(isBannerLike(t) || findDate(t))) break;
    if (minutesLine >= 0 && !isBannerLike(t) && !/^agenda$/i.test(t)) break;
    start = i;
    banners++;
  }
  return start;
}

function isBannerLike(t: string): boolean {
  const letters = t.replace(/[^A-Za-z]/g, "");
  return letters.length >= 3 && letters.replace(/[^A-Z]/g, "").length / letters.length > 0.7;
}

// ----------------------------------------------------------------------------- reports and decisions

function detectReports(lines: DocLine[]): Candidate[] {
  return findReportHeaders(lines).map((h) => ({ kind: "report" as const, start: h.startIndex, score: 10, cues: ["a report header (To: / Meeting Date:)"] }));
}

function detectDecisionNotices(lines: DocLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > 160 || !DECISION_NOTICE_TITLE.test(t)) continue;
    if (out.length && i - out[out.length - 1].start < WINDOW) continue;
    const { texts } = windowTexts(lines, i, 40);
    if (texts.some((x) => ATTENDANCE_LINE.test(x))) continue;
    const { score, found } = scoreCues(texts, DECISION_NOTICE_CUES);
    if (score >= DECISION_MIN_SCORE) out.push({ kind: "decisionNotice", start: i, score, cues: found });
  }
  return out;
}

/** "MINUTES" within the first lines: used to say what a refused document looked like. */
export function mentionsMinutes(lines: DocLine[]): boolean {
  return windowTexts(lines, 0, 20).texts.some((t) => MINUTES_WORD.test(t));
}
