/**
 * The "Significant Implications" section: one entry per numbered category (Resource,
 * Procurement..., Public Health, Environment and Climate Change) with its text, and the
 * environment and climate items (Implication n / Status / Explanation) of key decisions.
 */
import type { Implication } from "./contract";
import type { EnvironmentImplication } from "./parsed";
import { isBlank, type Line } from "./source-lines";
import { clean, isSeparatorRow, stripBullet } from "./text";
import { htmlFragments, numberedLine, numberLevel, topNumber } from "./report-body";

export interface ImplicationsResult {
  implications: Implication[];
  environmentImplications: EnvironmentImplication[];
  /** Index of the section heading, or -1 when the report has no such section. */
  startIndex: number;
  /** Index after the section's last line. */
  endIndex: number;
}

interface Segment { heading: string; lines: string[] }

const NONE_LIST_SENTENCE = /^there\s+(?:are|is)\s+no\s+significant\s+implications\b/i;

/** Whether a numbered line opens the Significant Implications section ("4. Significant Implications"). */
function isImplicationsHeading(raw: string): { top: number } | null {
  if (!/implications/i.test(raw)) return null;
  const nl = numberedLine(raw);
  if (!nl || numberLevel(nl.number) !== 1) return null;
  return /significant\s+implications/i.test(clean(nl.text)) ? { top: topNumber(nl.number) } : null;
}

/**
 * Read the section starting at or after `from`. `stopAt(raw)` marks lines that end it
 * (the officer clearance block, source documents, an appendix).
 */
export function parseImplications(lines: Line[], from: number, to: number, stopAt: (raw: string) => boolean): ImplicationsResult {
  let start = -1;
  let top = 0;
  for (let i = from; i < to; i++) {
    const h = isImplicationsHeading(lines[i].text);
    if (h) { start = i; top = h.top; break; }
  }
  if (start < 0) return { implications: [], environmentImplications: [], startIndex: -1, endIndex: from };
  const segments: Segment[] = [];
  const loose: string[] = [];
  let end = start + 1;
  for (; end < to; end++) {
    const raw = lines[end].text;
    if (isBlank(raw) || isSeparatorRow(raw)) { if (segments.length === 0 && loose.length > 0) loose.push(""); continue; }
    if (stopAt(raw)) break;
    const nl = numberedLine(raw);
    if (nl && numberLevel(nl.number) === 1 && topNumber(nl.number) !== top) break;
    if (nl && nl.number.split(".").length === 2 && topNumber(nl.number) === top) {
      segments.push({ heading: nl.text, lines: [] });
      continue;
    }
    if (segments.length > 0) segments[segments.length - 1].lines.push(raw);
    else loose.push(raw);
  }
  if (segments.length === 0 && loose.length > 0) {
    const sectionHeading = clean(numberedLine(lines[start].text)?.text ?? "Significant Implications");
    segments.push(...unnumberedSegments(loose, sectionHeading));
  }
  const implications: Implication[] = [];
  const environmentImplications: EnvironmentImplication[] = [];
  for (const seg of segments) readSegment(seg, implications, environmentImplications);
  return { implications, environmentImplications, startIndex: start, endIndex: end };
}

/** "Resource Implications" as a line of its own: a category heading without a number. */
function isUnnumberedCategory(raw: string): boolean {
  const t = clean(stripBullet(raw));
  return t.length <= 100 && /\b(?:implications|involvement)\.?$/i.test(t) && !/^there\b/i.test(t);
}

/**
 * Categories printed without numbers, or one sentence for the whole section ("There are no
 * significant implications within any category."): then only its first paragraph belongs to it.
 */
function unnumberedSegments(loose: string[], sectionHeading: string): Segment[] {
  const segments: Segment[] = [];
  for (const raw of loose) {
    if (raw !== "" && isUnnumberedCategory(raw)) segments.push({ heading: raw, lines: [] });
    else if (segments.length > 0 && raw !== "") segments[segments.length - 1].lines.push(raw);
  }
  if (segments.length > 0) return segments;
  const firstParagraph = loose.slice(0, loose.indexOf("") < 0 ? loose.length : loose.indexOf(""));
  return [{ heading: sectionHeading, lines: firstParagraph }];
}

function readSegment(seg: Segment, implications: Implication[], env: EnvironmentImplication[]): void {
  const heading = clean(seg.heading);
  if (NONE_LIST_SENTENCE.test(heading)) {
    const sentence = heading.replace(/[:\s]+$/, "").replace(/\.?$/, ".");
    for (const category of listedCategories(seg.lines)) implications.push({ category, text: sentence });
    return;
  }
  const { category, inlineText } = splitHeading(heading);
  if (/environment|climate/i.test(category) && seg.lines.some((l) => /^implication\s+\d+/i.test(clean(numberedLine(l)?.text ?? l)))) {
    env.push(...readEnvironmentItems(seg.lines));
    implications.push({ category, text: inlineText });
    return;
  }
  const text = [inlineText ?? "", ...seg.lines.map(segmentLineText)].join(" ");
  implications.push({ category, text: clean(text) || null });
}

/** A line of category text: numbers like "5.1.1" dropped, HTML lists flattened. */
function segmentLineText(raw: string): string {
  const nl = numberedLine(raw);
  const body = nl ? nl.text : raw.replace(/^\t+/, "");
  return htmlFragments(stripBullet(body))
    .map((f) => (f.kind === "paragraph" ? f.text : f.items.join(" ")))
    .join(" ");
}

function listedCategories(lines: string[]): string[] {
  return lines.map((l) => clean(stripBullet(l))).filter((l) => l !== "").map((l) => l.replace(/[.;,]$/, ""));
}

/** "Resource Implications." -> the category; "Resource Implications: none" -> category + text. */
function splitHeading(heading: string): { category: string; inlineText: string | null } {
  const m = /^(.{3,100}?\b(?:Implications|Involvement)(?:\s+on\s+Priority\s+Areas)?)\s*[:.–-]\s*(\S.*)$/i.exec(heading);
  if (m) return { category: m[1].trim(), inlineText: m[2] };
  return { category: heading.replace(/[.:]+$/, "").trim(), inlineText: null };
}

const STATUS = /\b(positive|neutral|negative)\b/i;

/** "4.8.1 Implication 1: Energy efficient, low carbon buildings." then a status and an "Explanation:". */
function readEnvironmentItems(lines: string[]): EnvironmentImplication[] {
  const items: EnvironmentImplication[] = [];
  let current: EnvironmentImplication | null = null;
  let inExplanation = false;
  for (const raw of lines) {
    const nl = numberedLine(raw);
    const text = clean(nl ? nl.text : raw);
    if (text === "") continue;
    const head = /^implication\s+(\d+)\s*[:.\-–]?\s*(.*)$/i.exec(text);
    if (head) {
      current = { number: parseInt(head[1], 10), implication: head[2].replace(/[.:]$/, ""), status: null, explanation: null };
      items.push(current);
      inExplanation = false;
      continue;
    }
    if (!current) continue;
    const explanation = /^explanation\s*:\s*(.*)$/i.exec(text);
    if (explanation) {
      current.explanation = explanation[1] || null;
      inExplanation = true;
      continue;
    }
    const status = STATUS.exec(text);
    if (!inExplanation && status && text.replace(/status|[:\s]/gi, "").length <= 10) {
      current.status = status[1][0].toUpperCase() + status[1].slice(1).toLowerCase();
      continue;
    }
    if (inExplanation) current.explanation = clean(`${current.explanation ?? ""} ${text}`);
  }
  return items;
}
