/**
 * Footnotes printed mid-text: bodies are lines starting with a superscript number ("¹ Income
 * maximised..."), often dropped into the middle of a paragraph by the PDF page break. They are
 * taken out of the text, and the sentence they split is joined again.
 */
import type { Footnote } from "./parsed";
import type { IssueLog } from "./issue-log";
import { isBlank, type Line } from "./source-lines";
import { clean, hasSuperscriptDigits } from "./text";

const SUPERSCRIPT_TO_DIGIT: Record<string, string> = {
  "\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4",
  "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9",
};
const FOOTNOTE_BODY = /^\s*([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)\s*(\S.*)$/;
const LINK_ONLY = /^\s*(?:<https?:\/\/\S+>|https?:\/\/\S+|\[[^\]]*\]\([^)]*\))[\s.]*$/;

export function superscriptToDigits(s: string): string {
  return [...s].map((c) => SUPERSCRIPT_TO_DIGIT[c] ?? c).join("");
}

export interface FootnoteResult {
  /** The lines with footnote bodies removed and split sentences joined (first line's number kept). */
  lines: Line[];
  footnotes: Footnote[];
}

/** Take footnote bodies out of a report's lines. */
export function extractFootnotes(lines: Line[], issues: IssueLog): FootnoteResult {
  const out: Line[] = [];
  const footnotes: Footnote[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!FOOTNOTE_BODY.test(lines[i].text)) {
      out.push(lines[i]);
      i++;
      continue;
    }
    const end = readFootnoteCluster(lines, i, footnotes, issues);
    i = rejoinSplitSentence(out, lines, end);
  }
  reportDoubledMarkers(out, footnotes, issues);
  return { lines: out, footnotes };
}

/** "2020-21³³" where only footnote 3 exists: the marker was printed twice. */
function reportDoubledMarkers(lines: Line[], footnotes: Footnote[], issues: IssueLog): void {
  if (footnotes.length === 0) return; // nothing a marker could be a doubled copy of: skip the scan
  const known = new Set(footnotes.map((f) => f.marker));
  for (const line of lines) {
    if (!hasSuperscriptDigits(line.text)) continue;
    for (const m of line.text.matchAll(/([\u00b9\u00b2\u00b3\u2074-\u2079])\1(?![\u2070\u00b9\u00b2\u00b3\u2074-\u2079])/g)) {
      const single = superscriptToDigits(m[1]);
      if (known.has(single) && !known.has(single + single)) {
        issues.info("footnote-marker-doubled", line.n, `Footnote marker "${m[0]}" is printed twice; read as footnote ${single}.`);
      }
    }
  }
}

/** Read consecutive footnote bodies (with their link-only continuation lines); returns the index after them. */
function readFootnoteCluster(lines: Line[], start: number, footnotes: Footnote[], issues: IssueLog): number {
  let i = start;
  let last: Footnote | null = null;
  while (i < lines.length) {
    const raw = lines[i].text;
    if (isBlank(raw)) { i++; continue; }
    const m = FOOTNOTE_BODY.exec(raw);
    if (m) {
      last = { marker: footnoteNumber(m[1], lines[i].n, issues), text: footnoteText(m[2]) };
      footnotes.push(last);
      i++;
      continue;
    }
    if (last && LINK_ONLY.test(raw)) {
      last.text = clean(`${last.text} ${footnoteText(raw)}`);
      i++;
      continue;
    }
    break;
  }
  // Give back trailing blank lines so paragraph breaks after the cluster survive.
  while (i > start && isBlank(lines[i - 1].text)) i--;
  return i;
}

/** Clean footnote text that keeps its link targets: "[Report](https://x)" -> "Report (https://x)". */
export function footnoteText(raw: string): string {
  const withTargets = raw
    .replace(/\[((?:\\.|[^\]])*)\]\((https?:\/\/[^)\s]+)\)/g, (_m, text: string, url: string) => `${text} (${url})`)
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1");
  return clean(withTargets);
}

/** "⁸⁸" next to a single "⁸" in the text is a doubled marker: read it as 8. */
function footnoteNumber(marker: string, line: number, issues: IssueLog): string {
  const digits = superscriptToDigits(marker);
  if (digits.length > 1 && new Set(digits).size === 1) {
    issues.info("footnote-marker-doubled", line, `Footnote marker "${marker}" is printed twice; read as footnote ${digits[0]}.`);
    return digits[0];
  }
  return digits;
}

/**
 * When the text after a footnote cluster continues a sentence ("...is likely" / "to be
 * severe⁴."), join it to the last text line before the cluster. Returns where to go on reading.
 */
function rejoinSplitSentence(out: Line[], lines: Line[], after: number): number {
  let k = out.length - 1;
  while (k >= 0 && isBlank(out[k].text)) k--;
  let j = after;
  while (j < lines.length && isBlank(lines[j].text)) j++;
  if (k < 0 || j >= lines.length || !continuesSentence(out[k].text, lines[j].text)) return after;
  out.length = k + 1;
  out[k] = { n: out[k].n, text: `${out[k].text.replace(/\s+$/, "")} ${lines[j].text.replace(/^\s+/, "")}` };
  return j + 1;
}

function continuesSentence(before: string, next: string): boolean {
  const b = clean(before);
  const n = clean(next);
  if (b === "" || n === "" || next.includes("\t") || /^[-•]/.test(n)) return false;
  return /^[a-z0-9£(]/.test(n) && !/[.:;!?]$/.test(b);
}
