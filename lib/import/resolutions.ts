/**
 * Resolutions inside a minute: the preamble ("Having considered the report"), the outcome phrase
 * ("It was resolved by a clear majority (7 votes in favour with one abstension)"), the wording and
 * its lettered parts a), b).
 */
import type { Labelled, VoteOutcome } from "./contract";
import type { ParsedResolution } from "./parsed";

/** A paragraph of a minute: cleaned text, the raw text (markup kept) and where it starts. */
export interface MinuteParagraph {
  text: string;
  raw: string;
  line: number;
  bullet: boolean;
}

export interface VoteReading {
  outcome: VoteOutcome;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
}

const NUMBER_WORDS: Record<string, number> = {
  no: 0, none: 0, nil: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = "(\\d{1,3}|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
const VOTES_FOR = [
  new RegExp(`\\b${COUNT}\\s+(?:votes?\\s+|members?\\s+|councillors?\\s+)?(?:were\\s+)?(?:in\\s+favour|votes?\\s+for)\\b`, "i"),
  new RegExp(`\\b${COUNT}\\s+votes?\\s+for\\b`, "i"),
  new RegExp(`\\b(?:in\\s+favour|for)\\s*[:=–-]\\s*${COUNT}\\b`, "i"),
  new RegExp(`\\bby\\s+${COUNT}\\s+votes?\\s+to\\b`, "i"),
  /(?:^|\s)For\s*\((\d{1,3})\)/,
];
const VOTES_AGAINST = [
  new RegExp(`\\b${COUNT}\\s+(?:votes?\\s+|members?\\s+|councillors?\\s+)?(?:were\\s+|voted\\s+)?against\\b`, "i"),
  new RegExp(`\\bagainst\\s*[:=–-]\\s*${COUNT}\\b`, "i"),
  new RegExp(`\\b\\d{1,3}\\s+votes?\\s+to\\s+${COUNT}\\b`, "i"),
  /\bAgainst\s*\((\d{1,3})\)/,
];
const ABSTENTIONS = [
  new RegExp(`\\b${COUNT}\\s+(?:members?\\s+|councillors?\\s+)?abst[ae]\\w*`, "i"),
  new RegExp(`\\babst[ae]\\w*\\s*[:=–-]\\s*${COUNT}\\b`, "i"),
  /\bAbst[ae]\w*\s*\((\d{1,3})\)/,
];

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return parseInt(word, 10);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

function firstCount(text: string, patterns: RegExp[]): number | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return countOf(m[1]);
  }
  return null;
}

/** The outcome and vote counts printed in an outcome phrase; numbers may be words ("one abstension"). */
export function readVoteOutcome(statement: string): VoteReading {
  const votesFor = firstCount(statement, VOTES_FOR);
  const votesAgainst = firstCount(statement, VOTES_AGAINST);
  const abstentions = firstCount(statement, ABSTENTIONS);
  let outcome: VoteOutcome = null;
  if (/\b(?:lost|fell|defeated|not\s+carried|rejected)\b/i.test(statement)) outcome = "lost";
  else if (/\bunanimous(?:ly)?\b|\bnem(?:ine)?\.?\s*con\b|\bwithout\s+dissent\b/i.test(statement)) outcome = "unanimous";
  else if (/\bmajority\b/i.test(statement)) outcome = "majority";
  else if (/\bcarried\b/i.test(statement)) outcome = "carried";
  else if (votesFor !== null && votesAgainst !== null && votesFor > votesAgainst && votesAgainst > 0) outcome = "majority";
  return { outcome, votesFor, votesAgainst, abstentions };
}

const RESOLVED_PATTERNS = [
  /\bit\s+was\s+(?:\w+\s+){0,2}?resolved\b/i,
  /\b(?:the\s+)?committee\s+(?:(?:unanimously|therefore|then|also)\s+)?resolved\b/i,
  /^resolved\b/i,
  /\bRESOLVED\b/,
  /\bit\s+was\s+(?:\w+\s+)?APPROVED\b/,
  /\bit\s+was\s+(?:unanimously\s+)?agreed\s+(?:that|to)\b/i,
  /\bthe\s+(?:committee|panel|board|sub-committee)\s+unanimously\s+agreed\s+(?:that|to)\b/i,
  /\bunanimously\s+agreed\s+(?:that|to)\b/i,
];

/** Where the outcome phrase of a resolution starts in a paragraph, or -1. */
export function resolutionStart(text: string): number {
  let best = -1;
  for (const p of RESOLVED_PATTERNS) {
    const m = p.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

const PART_LABEL = /^\(?([a-z]|[ivx]{1,5}|\d{1,2})\)\s+(\S.*)$/i;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(s: string): number | null {
  if (!/^[ivx]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Whether `label` can follow `previous` in a list a), b)… or i), ii)… or 1), 2)… */
export function followsLabel(previousAsPrinted: string | null, labelAsPrinted: string): boolean {
  const previous = previousAsPrinted?.toLowerCase() ?? null;
  const label = labelAsPrinted.toLowerCase();
  if (previous === null) return label === "a" || label === "i" || label === "1";
  if (/^\d+$/.test(label)) return /^\d+$/.test(previous) && parseInt(label, 10) === parseInt(previous, 10) + 1;
  if (label.length === 1 && previous.length === 1 && label.charCodeAt(0) === previous.charCodeAt(0) + 1) return true;
  const a = romanValue(previous);
  const b = romanValue(label);
  return a !== null && b !== null && b === a + 1;
}

/** "a) To approve …" -> { label: "a", text: "To approve …" }; null when unlabelled. */
export function splitPartLabel(text: string): Labelled | null {
  const m = PART_LABEL.exec(text);
  return m ? { label: m[1], text: m[2] } : null;
}

/** Sentences of a cleaned text; full stops after initials and common abbreviations do not end one. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    const before = text.slice(start, m.index ?? 0);
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? "";
    if (/^(?:[A-Za-z]|e\.g|i\.e|etc|cllr|mr|mrs|ms|dr|no|nos|para|ref|st|vs|approx|[A-Z](?:\.[A-Z])+)$/i.test(lastWord.replace(/\.$/, ""))) continue;
    if (/^(?:[ap]\.m|[AP]\.M)$/.test(lastWord)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") out.push(rest);
  return out;
}

/** A paragraph that leads into a resolution ("Having considered the report:", "… on a vote:"). */
function leadIn(p: MinuteParagraph | undefined): string | null {
  if (!p || p.bullet || splitPartLabel(p.text) || !/[:,]$/.test(p.text)) return null;
  const sentences = splitSentences(p.text);
  return (sentences[sentences.length - 1] ?? p.text).replace(/[\s:,]+$/, "") || null;
}

interface Collected { resolution: ParsedResolution; next: number }

/** The resolution whose outcome phrase starts at `offset` of paragraph `i`, with what follows it. */
function collectResolution(paragraphs: MinuteParagraph[], i: number, offset: number): Collected {
  const p = paragraphs[i];
  const before = p.text.slice(0, offset).replace(/[\s:,;–-]+$/, "").replace(/^\(?\d{1,2}[.)]$/, "");
  const preamble = before !== "" ? before : leadIn(paragraphs[i - 1]);
  const statement = p.text.slice(offset);
  const pieces = [statement];
  const parts: Labelled[] = [];
  let previousLabel: string | null = null;
  let tookPlain = false;
  let j = i + 1;
  let open = !/[.!?]$/.test(statement);
  while (open && j < paragraphs.length && resolutionStart(paragraphs[j].text) < 0) {
    const q = paragraphs[j];
    const labelled = splitPartLabel(q.text);
    if (labelled && labelled.label !== null && followsLabel(previousLabel, labelled.label)) {
      parts.push(labelled);
      previousLabel = labelled.label;
    } else if (!labelled && q.bullet && (parts.length === 0 || parts.every((x) => x.label === null)) && (tookPlain ? /:$/.test(pieces[pieces.length - 1]) : true)) {
      parts.push({ label: null, text: q.text });
    } else if (!labelled && parts.length === 0 && !tookPlain) {
      tookPlain = true;
      pieces.push(q.text);
      open = /:$/.test(q.text);
      if (!open) { j++; break; }
      j++;
      continue;
    } else break;
    pieces.push(q.text);
    j++;
  }
  const vote = readVoteOutcome(statement);
  return { resolution: { ...vote, preamble, text: pieces.join(" "), parts }, next: j };
}

/** Every resolution of a minute, in printed order. */
export function findResolutions(paragraphs: MinuteParagraph[]): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  let i = 0;
  // A vote recorded in its own paragraph ("For (38) … Against (5) … Motion carried.") before the resolution.
  let tally: VoteReading | null = null;
  while (i < paragraphs.length) {
    const offset = resolutionStart(paragraphs[i].text);
    if (offset < 0) {
      if (/\bfor\s*\(\d|\b(?:agreed|carried)\s+unanimously\b|\bunanimously\s+(?:agreed|carried)\b|\bmotion\s+(?:was\s+)?carried\b/i.test(paragraphs[i].text)) {
        tally = readVoteOutcome(paragraphs[i].text);
      }
      i++;
      continue;
    }
    const { resolution, next } = collectResolution(paragraphs, i, offset);
    if (tally && resolution.votesFor === null && resolution.votesAgainst === null) {
      Object.assign(resolution, { votesFor: tally.votesFor, votesAgainst: tally.votesAgainst, abstentions: tally.abstentions, outcome: resolution.outcome ?? tally.outcome });
    }
    tally = null;
    out.push(resolution);
    i = Math.max(next, i + 1);
  }
  return out;
}
