/**
 * Cleaning of PDF-extraction debris. The contract wants clean text: no markdown, no HTML,
 * no footnote markers, single spaces. Wording and capitalisation stay as printed.
 */

const SUPERSCRIPT_DIGITS = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", pound: "£",
  rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…", bull: "•",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Remove HTML tags (keeping their text), markdown emphasis, links and heading marks. */
export function stripMarkup(s: string): string {
  return decodeEntities(
    s
      // Autolinks first: "<https://…>" would otherwise be taken for a tag and lost.
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1")
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/<\/?(p|li|ul|ol|div|tr|td|th)\b[^>]*>/gi, " ")
      .replace(/<[^>]+>/g, "")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\*\*|__/g, "")
      .replace(/(^|\s)\*(\S)/g, "$1$2")
      .replace(/(\S)\*(?=\s|$|[.,;:])/g, "$1")
      .replace(/^\s*#{1,6}\s+/, "")
      .replace(/\\([()[\]*_#.\-!])/g, "$1"),
  );
}

/** Footnote markers glued to words or numbers: "severe⁴" -> "severe", "-2,101 ²⁷" -> "-2,101". */
export function stripFootnoteMarkers(s: string): string {
  return s.replace(/\s?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g, "");
}

export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2002-\u200a]+/g, " ").trim();
}

/** The contract's clean text: markup, footnote markers and extra whitespace removed. */
export function clean(s: string): string {
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

export function hasSuperscriptDigits(s: string): boolean {
  SUPERSCRIPT_DIGITS.lastIndex = 0;
  return SUPERSCRIPT_DIGITS.test(s);
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

/** Title-case-insensitive comparison key: lowercased, punctuation and "&"/"and" unified. */
export function comparisonKey(s: string): string {
  return clean(s)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[‘’'`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Ordinals split from their number by extraction ("21 st January", "4 th March") joined again. */
export function joinSplitOrdinals(s: string): string {
  return s.replace(/\b(\d{1,2}) (st|nd|rd|th)\b/gi, "$1$2");
}
