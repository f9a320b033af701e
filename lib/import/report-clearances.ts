/**
 * Officer clearance of a report's implications: one question per category ("Have the resource
 * implications been cleared by Finance?"), an answer and the clearing officer. Older packs
 * print a two-column table (answer and name in one cell), newer ones question/answer lines.
 */
import type { Clearance } from "./parsed";
import { isBlank, type Line } from "./source-lines";
import { clean, cleanOrNull, isSeparatorRow } from "./text";

export interface ClearancesResult {
  clearances: Clearance[];
  startIndex: number;
  endIndex: number;
}

const QUESTION = /^(?:have|has|if|is|are|were|was)\b.*\bcleared\b/i;
const OFFICER_LABEL = /^name(?:\s+of\s+[a-z\s]*?officer)?\s*:\s*(.*)$/i;
const ANSWER_WORD = /^(yes|no|not\s+applicable|n\/a)\b\.?\s*(.*)$/i;

function cells(raw: string): string[] {
  return raw.split("\t").map((c) => clean(c));
}

/** The clearance block's first line: its table header or its first question. */
export function isClearanceStart(raw: string): boolean {
  if (!/clear/i.test(raw)) return false;
  const c = cells(raw);
  if (c.length >= 2 && /^implications?$/i.test(c[0]) && /officer\s+clearance/i.test(c[1])) return true;
  return QUESTION.test(c[0] ?? "");
}

/** Find and read the clearance block between `from` and `to`. */
export function parseClearances(lines: Line[], from: number, to: number): ClearancesResult {
  let start = -1;
  for (let i = from; i < to; i++) if (isClearanceStart(lines[i].text)) { start = i; break; }
  if (start < 0) return { clearances: [], startIndex: -1, endIndex: from };
  const clearances: Clearance[] = [];
  let i = start;
  for (; i < to; i++) {
    const raw = lines[i].text;
    if (isBlank(raw) || isSeparatorRow(raw)) continue;
    const c = cells(raw);
    if (/^implications?$/i.test(c[0]) && /officer\s+clearance/i.test(c[1] ?? "")) continue;
    if (raw.includes("\t") && c.filter((x) => x !== "").length <= 2 && c[0] !== "") {
      if (!readTableRow(c, clearances)) break;
    } else if (!readLine(clean(raw), clearances)) {
      break;
    }
  }
  return { clearances, startIndex: start, endIndex: i };
}

/** A table row: a question, or the rest of a question split by a page break ("Finance?"). */
function readTableRow(c: string[], out: Clearance[]): boolean {
  const [question, answerCell = ""] = c;
  const last = out[out.length - 1];
  if (!QUESTION.test(question)) {
    if (last && !/\?$/.test(last.question) && answerCell === "") {
      last.question = clean(`${last.question} ${question}`);
      return true;
    }
    return false;
  }
  out.push({ question, ...readAnswerCell(answerCell) });
  return true;
}

/** "Yes Name of Financial Officer: Tom Kelly", "Yes Tom Kelly", "No implications at this stage...". */
export function readAnswerCell(text: string): { answer: string | null; officer: string | null } {
  const t = clean(text);
  if (t === "") return { answer: null, officer: null };
  const m = ANSWER_WORD.exec(t);
  if (!m) return { answer: t, officer: null };
  const rest = m[2].trim();
  if (rest === "") return { answer: m[1], officer: null };
  const labelled = OFFICER_LABEL.exec(rest);
  if (labelled) return { answer: m[1], officer: cleanOrNull(labelled[1]) };
  if (looksLikeNames(rest)) return { answer: m[1], officer: rest };
  return { answer: t, officer: null };
}

function looksLikeNames(s: string): boolean {
  return /^[A-Z][\w'’.-]*(?:[\s,/&]+(?:and\s+)?[A-Z][\w'’.-]*){0,6}$/.test(s);
}

/** Question/answer lines: "Have ... cleared by Finance? Yes", "Yes", "Name of Financial Officer: X". */
function readLine(text: string, out: Clearance[]): boolean {
  const last = out[out.length - 1];
  if (QUESTION.test(text)) {
    const q = /^(.*?\?)\s*(.*)$/.exec(text);
    const question = q ? q[1] : text;
    const answer = q ? cleanOrNull(q[2]) : null;
    out.push({ question, answer, officer: null });
    return true;
  }
  if (!last) return false;
  const officer = OFFICER_LABEL.exec(text);
  if (officer) {
    last.officer = cleanOrNull(officer[1]);
    return true;
  }
  if (last.answer === null && text.length <= 80 && (ANSWER_WORD.test(text) || !/\?$/.test(last.question))) {
    if (ANSWER_WORD.test(text)) last.answer = text;
    else last.question = clean(`${last.question} ${text}`);
    return true;
  }
  return false;
}
