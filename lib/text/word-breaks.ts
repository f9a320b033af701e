/**
 * Words that PDF extraction broke at a line-end hyphen and joined again with the hyphen kept:
 * "CAMBRIDGE-SHIRE", "apprentice-ships". A real compound ("decision-making", "county-wide",
 * "well-being") must keep its hyphen, so a hyphen is taken for a soft line break only when
 *   1. what follows it is a word ending, not a word: a suffix no compound is built on
 *      ("shire", "ships", "ment"…), and
 *   2. the joined word is printed unhyphenated elsewhere in the same document more often than
 *      it is printed hyphenated (the document is its own dictionary).
 * Both must hold: neither alone tells "Cambridge-shire" from "county-wide".
 */

/** Endings that are not words of their own: the second half of a hyphenated word is never one of these in a compound. */
const WORD_ENDINGS = [
  "shire", "shires", "ship", "ships", "borough", "boroughs", "ment", "ments", "tion", "tions", "sion", "sions",
  "ness", "ity", "ities", "ance", "ances", "ence", "ences", "ally", "ised", "ises", "ising", "isation", "isations",
  "ized", "izes", "izing", "ization", "ful", "fully", "less", "ably", "ible", "ibly", "ical", "ically", "ous", "ously",
];
const ENDING_SET = new Set(WORD_ENDINGS);

/** How often each word is printed in a text, lowercased; hyphenated forms are counted as "a-b". */
export interface WordCounts {
  plain: Map<string, number>;
  hyphenated: Map<string, number>;
}

const HYPHENATED = /\b([A-Za-z]+)-([A-Za-z]+)\b/g;

/** Count the words of a whole document once, before its records are repaired. */
export function countWords(text: string): WordCounts {
  const plain = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  // A word standing alone: not glued to another by a hyphen on either side.
  for (const m of text.matchAll(/(?<![-A-Za-z])[A-Za-z]+(?![-A-Za-z])/g)) {
    const w = m[0].toLowerCase();
    plain.set(w, (plain.get(w) ?? 0) + 1);
  }
  for (const m of text.matchAll(HYPHENATED)) {
    const w = m[0].toLowerCase();
    hyphenated.set(w, (hyphenated.get(w) ?? 0) + 1);
  }
  return { plain, hyphenated };
}

/** True when "head-tail" is a word broken at a line end rather than a compound (see the file comment). */
export function isBrokenWord(head: string, tail: string, counts: WordCounts): boolean {
  const lowerTail = tail.toLowerCase();
  if (!ENDING_SET.has(lowerTail)) return false;
  const joined = (head + tail).toLowerCase();
  const asPrinted = counts.hyphenated.get(`${head}-${tail}`.toLowerCase()) ?? 0;
  return (counts.plain.get(joined) ?? 0) > asPrinted;
}

/** The text with its line-break hyphens removed ("CAMBRIDGE-SHIRE" → "CAMBRIDGESHIRE"); real hyphens kept. */
export function rejoinBrokenWords(text: string, counts: WordCounts): string {
  if (!text.includes("-")) return text;
  return text.replace(HYPHENATED, (whole, head: string, tail: string) => (isBrokenWord(head, tail, counts) ? head + tail : whole));
}
