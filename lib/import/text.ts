/**
 * Cleaning of PDF-extraction debris. The contract wants clean text: no markdown, no HTML,
 * no footnote markers, single spaces. Wording and capitalisation stay as printed.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", pound: "£",
  rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…", bull: "•",
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Remove HTML tags (keeping their text), markdown emphasis, links and heading marks.
 * Each group of rewrites runs only when the text holds the character its patterns need (they
 * only drop characters or blank them out, so a missing one never appears): most text has no
 * markup, and a dozen regex passes over every line and cell were much of the importer's time.
 */
export function stripMarkup(s: string): string {
  let t = s;
  if (t.includes("<")) t = stripTags(t);
  if (t.includes("[")) t = t.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  if (t.includes("*") || t.includes("_")) t = stripEmphasis(t);
  if (t.includes("#")) t = t.replace(/^\s*#{1,6}\s+/, "");
  if (t.includes("\\")) t = t.replace(/\\([()[\]*_#.\-!])/g, "$1");
  return decodeEntities(t);
}

function stripTags(s: string): string {
  return s
    // Autolinks first: "<https://…>" would otherwise be taken for a tag and lost.
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?(p|li|ul|ol|div|tr|td|th)\b[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "");
}

function stripEmphasis(s: string): string {
  return s
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S)/g, "$1$2")
    .replace(/(\S)\*(?=\s|$|[.,;:])/g, "$1");
}

/** Footnote markers glued to words or numbers: "severe⁴" -> "severe", "-2,101 ²⁷" -> "-2,101". */
export function stripFootnoteMarkers(s: string): string {
  if (!hasSuperscriptDigits(s)) return s;
  return s.replace(/\s?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g, "");
}

const NON_PLAIN_SPACE = /[^\S ]|\u200b/;

/** True when collapseSpace would change nothing (checked first: most text is already tidy). */
function isTidySpace(s: string): boolean {
  return !s.startsWith(" ") && !s.endsWith(" ") && !s.includes("  ") && !NON_PLAIN_SPACE.test(s);
}

// Runs of two or more spaces and single non-plain spaces; a lone " " is already what we want.
// (\s covers U+00A0 and U+2002-U+200A; U+200B, zero width, is not whitespace to JavaScript.)
const UNTIDY_SPACE_RUN = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

export function collapseSpace(s: string): string {
  if (isTidySpace(s)) return s;
  return s.replace(UNTIDY_SPACE_RUN, " ").trim();
}

// Every character some step of clean() acts on, bar the plain space: markup and entity
// characters, superscript digits, and whitespace other than " " (JavaScript's \s, plus U+200B).
// Two classes, not one: V8 scans a single class of all of them several times slower.
const CLEANABLE_LOW = /[<[*_#\\&\t\n\v\f\r\u00b9\u00b2\u00b3]/;
const CLEANABLE_HIGH = /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2070\u2074-\u2079\u3000\ufeff]/;

/** True when clean() would return the text unchanged; two scans instead of several per step. */
export function isCleanAlready(s: string): boolean {
  return !CLEANABLE_LOW.test(s) && !CLEANABLE_HIGH.test(s) && !s.includes("  ") && !s.startsWith(" ") && !s.endsWith(" ");
}

/** The contract's clean text: markup, footnote markers and extra whitespace removed. */
export function clean(s: string): string {
  // Most lines and cells are clean already, and clean() runs on nearly every one of them.
  if (isCleanAlready(s)) return s;
  return collapseSpace(stripFootnoteMarkers(stripMarkup(s)));
}

/** Clean text, or null when nothing is left. */
export function cleanOrNull(s: string | null | undefined): string | null {
  if (s == null) return null;
  const c = clean(s);
  return c === "" ? null : c;
}

/** Leading list bullet of a line ("- ", "• ", "* ", "o "), removed. */
export function stripBullet(s: string): string {
  return s.replace(/^\s*(?:[-•▪●◦*]|o(?=\s))\s+/, "");
}

const HIGH_SUPERSCRIPT_DIGIT = /[\u2070\u2074-\u2079]/;

export function hasSuperscriptDigits(s: string): boolean {
  // Three plain searches and a small class: measurably quicker than one class of all ten.
  return s.includes("\u00b9") || s.includes("\u00b2") || s.includes("\u00b3") || HIGH_SUPERSCRIPT_DIGIT.test(s);
}

/** Cells of a tab-separated table line, cleaned; trailing empty cells dropped. */
export function splitCells(line: string): string[] {
  const cells = line.split("\t").map((c) => clean(c));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** Markdown table separator rows such as "----------\t--\t---". */
export function isSeparatorRow(line: string): boolean {
  return /^[\s\-:|\t]+$/.test(line) && /-{2,}/.test(line);
}

const APOSTROPHE = /[‘’'`´]/;

/** Title-case-insensitive comparison key: lowercased, punctuation and "&"/"and" unified. */
export function comparisonKey(s: string): string {
  let key = clean(s).toLowerCase();
  // Rewrites tested first: most names have neither, and a global replace finding nothing is slow.
  if (key.includes("&")) key = key.replace(/&/g, " and ");
  if (APOSTROPHE.test(key)) key = key.replace(/[‘’'`´]/g, "");
  return key.replace(/[^a-z0-9]+/g, " ").trim();
}

const SPLIT_ORDINAL = /\b\d{1,2} (?:st|nd|rd|th)\b/i;

/** Ordinals split from their number by extraction ("21 st January", "4 th March") joined again. */
export function joinSplitOrdinals(s: string): string {
  // Tested first: a global replace that finds nothing costs about three times a plain test.
  return SPLIT_ORDINAL.test(s) ? s.replace(/\b(\d{1,2}) (st|nd|rd|th)\b/gi, "$1$2") : s;
}

/**
 * True when `s.split(" ")` would give at least `n` pieces ("" counts as one word), found
 * without building the array and without counting past `n` (paragraphs run to many words).
 */
export function hasAtLeastWords(s: string, n: number): boolean {
  let words = 1;
  for (let at = s.indexOf(" "); at >= 0 && words < n; at = s.indexOf(" ", at + 1)) words++;
  return words >= n;
}

const NAME_SMALL_WORDS = new Set(["and", "of", "the", "for", "in", "on", "to", "with", "&"]);

/**
 * A name printed wholly in capitals, written as names are: "COMMUNITIES AND PARTNERSHIP COMMITTEE"
 * → "Communities and Partnership Committee", "SOUTH CAMBRIDGESHIRE" → "South Cambridgeshire",
 * "STOKE-ON-TRENT" → "Stoke-On-Trent". Small words after the first stay lower case; a possessive
 * "'S" stays "'s". Text not wholly in capitals is returned as printed.
 */
export function nameCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && NAME_SMALL_WORDS.has(w) ? w : w.replace(/(^|-|['’](?=[a-z]{2}))([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())))
    .join("");
}
