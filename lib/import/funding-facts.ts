import { reportRanges, type ReportRange } from "./budget-lines";
import { findMoney, type MoneyMention } from "./money";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { clean, hasAtLeastWords } from "./text";

type FundingRow = ParsedPack["fundingFacts"][number];

/**
 * Money figures stated in prose about budgets, grants, funds, contracts, savings and
 * spending: one entry per distinct figure per report. In a council report nearly every
 * figure in prose is one of these, so the rule is to leave out what is not: per-unit prices,
 * earnings and "£10 for every £1" ratios, changes since the last report, reporting
 * thresholds, and cited article titles in footnotes. Figures in finance-table cells are not
 * prose (they are budget lines); prose cells of tables (report paragraphs printed as table
 * rows, RAG commentaries) are read.
 */
export function parseFundingFacts(ctx: PackContext): ParsedPack["fundingFacts"] {
  try {
    const ranges = reportRanges(ctx);
    const seen = new Map<string, Set<string>[]>();
    const out: FundingRow[] = [];
    for (const line of ctx.lines) {
      if (!line.text.includes("£") || isFootnoteBody(line.text)) continue;
      const title = reportTitleAt(ranges, line.n);
      for (const sentence of proseSegments(line.text).flatMap(sentences)) {
        let sentenceWords: Set<string> | null = null; // computed once, only for sentences with facts
        // Already a sentence: factsInProse would only split it again.
        for (const fact of factsInSentence(sentence)) {
          const key = `${title ?? ""}|${fact.amountGbp}`;
          const earlier = seen.get(key) ?? [];
          const words = (sentenceWords ??= topicWords(sentence));
          // A bare figure ("£120k" alone in a cell) has nothing to tell it apart: a repeat.
          const repeat = earlier.length > 0 && (words.size === 0 || earlier.some((w) => sharesWord(w, words)));
          earlier.push(words);
          seen.set(key, earlier);
          if (!repeat) out.push(factRow(fact, title, line.n));
        }
      }
    }
    return out;
  } catch (err) {
    ctx.issues.error("funding-facts-unreadable", null, `Money figures in the text could not be read: ${String(err)}`);
    return [];
  }
}

/** The output row; fields listed rather than spread, which is slow before the JIT warms up. */
function factRow(fact: Fact, reportTitle: string | null, line: number): FundingRow {
  return { label: fact.label, amountGbp: fact.amountGbp, asPrinted: fact.asPrinted, reportTitle, line };
}

// Words too common in report prose to tell two figures' subjects apart.
const COMMON_WORDS = new Set(["which", "there", "their", "these", "those", "about", "after", "where", "while", "would",
  "could", "should", "being", "other", "further", "additional", "within", "through", "against"]);

/**
 * The subject words of a sentence (5+ letters, crude plural/tense endings dropped). The same
 * amount twice in one report is one figure when its sentences share one of these ("an annual
 * budget of £300,000" ... "the budget, £300,000 per year"), and two figures when they share
 * none ("£10k from Reading Agency" ... "£10k from the Early Years' Service").
 */
export function topicWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const raw of sentence.toLowerCase().split(/[^a-z]+/)) {
    if (raw.length < 5) continue; // dropping an ending only shortens it
    const w = raw.replace(/(?:ing|ed|es|s)$/, "");
    if (w.length >= 5 && !COMMON_WORDS.has(raw) && !COMMON_WORDS.has(w)) words.add(w);
  }
  return words;
}

function sharesWord(a: Set<string>, b: Set<string>): boolean {
  for (const w of b) if (a.has(w)) return true;
  return false;
}

function reportTitleAt(ranges: ReportRange[], n: number): string | null {
  for (const r of ranges) if (n >= r.from && n <= r.to) return r.title;
  return null;
}

/** A footnote body ("⁶ [Additional £38 million ...](#)") cites a source; it states no fact of the report. */
function isFootnoteBody(text: string): boolean {
  return /^\s*[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s/.test(text);
}

// A table cell must read as a sentence to count as prose ("£1,172k" alone is a figure cell).
const MIN_CELL_WORDS = 6;
const MIN_LINE_WORDS = 3;

/** The prose of a line: the whole line, or the cells of a table row that read as sentences. */
export function proseSegments(text: string): string[] {
  if (!text.includes("\t")) {
    const c = clean(text);
    return hasAtLeastWords(c, MIN_LINE_WORDS) ? [c] : [];
  }
  return text.split("\t").map((p) => clean(p)).filter((p) => hasAtLeastWords(p, MIN_CELL_WORDS));
}

/** Sentences of a paragraph; "£1.4million" and "e.g. x" do not end one. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(“"‘'•£\-–])/).map((s) => s.trim()).filter((s) => s !== "");
}

// Prices per unit, earnings and value-for-money ratios are money but not funding.
const NOT_FUNDING = /\bvouchers?\b|\bper (?:hour|week|day|night|head|pupil|person|client|child|placement|unit|session)\b|\bfor every\b|\bearn(?:s|ing|ings)?\b|\bsalar(?:y|ies)\b|\bwages?\b/i;
// A change since the last report ("an increase of £28k from January") is not a figure of its own,
// nor is a reporting threshold ("£100,000 whichever is greater").
const CHANGE_OR_THRESHOLD = /\b(?:increase[ds]?|reduction|reduced|decrease[ds]?|worsen\w*|improve\w*|movement|change)\s+(?:of|by|in outturn)\b|\b(?:higher|lower|worse|better) than\b|\bsince (?:last|the)\b|\bfrom last month\b|\bde minimis\b|\breporting limit\b|\bwhichever is greater\b/i;

interface Fact { label: string; amountGbp: number; asPrinted: string }

/** Funding figures of one prose segment, labelled by the clause they sit in. */
export function factsInProse(text: string): Fact[] {
  return sentences(text).flatMap(factsInSentence);
}

/** Funding figures of one sentence (as split by `sentences`). */
function factsInSentence(sentence: string): Fact[] {
  const out: Fact[] = [];
  const mentions = findMoney(sentence).filter((m) => m.amountGbp !== 0);
  if (mentions.length === 0 || NOT_FUNDING.test(sentence)) return out;
  for (const m of mentions) {
    const clause = clauseAround(sentence, m);
    if (CHANGE_OR_THRESHOLD.test(clause)) continue;
    out.push({ label: labelFrom(clause, m.asPrinted), amountGbp: m.amountGbp, asPrinted: m.asPrinted });
  }
  return out;
}

/** The clause holding a figure: split at ", " ";" ":" (a comma inside "£1,500,000" has no space). */
function clauseAround(text: string, mention: MoneyMention): string {
  // Bound the work on run-on "sentences" (whole table cells without full stops).
  const from = Math.max(0, mention.index - 400);
  const sentence = text.slice(from, mention.index + mention.asPrinted.length + 400);
  const m = { ...mention, index: mention.index - from };
  const boundary = /[;:]\s+|,\s+|\s+[–—-]\s+|\(|\)|\s+and\s+(?=[^£]*£)/g;
  let start = 0;
  let end = sentence.length;
  for (let b = boundary.exec(sentence); b !== null; b = boundary.exec(sentence)) {
    if (b.index + b[0].length <= m.index) start = b.index + b[0].length;
    else if (b.index >= m.index + m.asPrinted.length) { end = b.index; break; }
  }
  return sentence.slice(start, end).trim();
}

const MAX_LABEL_WORDS = 14;

/** A short description: the clause, cut to a few words around the figure. */
function labelFrom(clause: string, figure: string): string {
  const words = clause.replace(/^[-•]\s*/, "").replace(/^\d+(?:\.\d+)+\s+/, "").replace(/[.;:,]+$/, "").split(" ");
  if (words.length <= MAX_LABEL_WORDS) return words.join(" ");
  const digits = figure.replace(/^[-+\u2212\u2013]/, "");
  const at = Math.max(0, words.findIndex((w) => w.includes(digits)));
  const from = Math.max(0, Math.min(at - 8, words.length - MAX_LABEL_WORDS));
  return words.slice(from, from + MAX_LABEL_WORDS).join(" ");
}
