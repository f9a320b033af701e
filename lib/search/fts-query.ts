/**
 * A reader's search text as a safe SQLite FTS5 query. Raw input never reaches MATCH: every word
 * is quoted (so AND, OR, NOT, NEAR, brackets, colons and carets are just text), "double quotes"
 * make a phrase, and a trailing * makes a prefix (libr*). Anything that is not a letter or a
 * digit separates words, so emoji, control characters and stray punctuation drop out instead of
 * reaching the parser. Pure: no database, unit-tested with arbitrary strings.
 */

export interface SearchTerm {
  /** The words, lower-cased, joined by single spaces (several words make a phrase). */
  text: string;
  phrase: boolean;
  prefix: boolean;
}

export interface FtsQuery {
  /** The FTS5 expression over the searched columns, or null when the text holds nothing to search for. */
  match: string | null;
  terms: SearchTerm[];
}

/** More terms than this are dropped: a longer query only gets slower, not better. */
export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 60;
/** A prefix shorter than this (a*) would match most of the index: it is searched as a word. */
const MIN_PREFIX_LENGTH = 2;
/** The columns a reader's words are matched in (tags hold filter tokens only). */
const SEARCHED_COLUMNS = "{title body}";

const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

const HAS_WORD = /[\p{L}\p{N}]/u;

/** The letters and digits of a piece of text (marks kept for accents), or "" when it has none (an emoji). */
function words(text: string): string {
  const out = text.normalize("NFC").replace(NOT_WORD, " ").trim().toLowerCase().slice(0, MAX_TERM_LENGTH).trim();
  return HAS_WORD.test(out) ? out : "";
}

/** Split the text into quoted phrases and bare words; an unclosed quote runs to the end. */
export function parseSearchText(raw: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  // Control characters (NUL included) separate words, as whitespace does.
  // Typographic quotes (pasted from a document, or a phone's keyboard) make phrases too.
  for (const m of raw.replace(/\p{Cc}/gu, " ").replace(/[“”„‟«»]/g, '"').matchAll(pattern)) {
    if (terms.length >= MAX_TERMS) break;
    if (m[1] !== undefined) {
      const text = words(m[1]);
      if (text) terms.push({ text, phrase: text.includes(" "), prefix: false });
      continue;
    }
    const chunk = m[2];
    const prefix = /\*+$/.test(chunk);
    const text = words(chunk);
    if (!text) continue;
    const lastWord = text.split(" ").at(-1)!;
    terms.push({ text, phrase: text.includes(" "), prefix: prefix && lastWord.length >= MIN_PREFIX_LENGTH });
  }
  return terms;
}

/** One term as an FTS5 string: only letters, digits and spaces remain, so no quote needs escaping. */
function ftsTerm(term: SearchTerm): string {
  return `"${term.text}"${term.prefix ? " *" : ""}`;
}

/** Every term must occur (implicit AND), in the title or the body. */
export function toFtsQuery(raw: string): FtsQuery {
  const terms = parseSearchText(raw);
  if (!terms.length) return { match: null, terms };
  return { match: `${SEARCHED_COLUMNS} : (${terms.map(ftsTerm).join(" ")})`, terms };
}

/** The filter tokens stored in the tags column, one per kind, committee and year (see lib/search/documents.ts). */
export const filterToken = {
  kind: (kind: string) => `kind${kind.replace(/[^a-z]/g, "")}`,
  committee: (id: number) => `committee${id}`,
  year: (year: number) => `year${year}`,
  meeting: (id: number) => `meeting${id}`,
};

/** The query narrowed to records carrying every given filter token. */
export function withFilters(match: string, tokens: string[]): string {
  if (!tokens.length) return match;
  return `${match} AND tags : (${tokens.map((t) => `"${t}"`).join(" ")})`;
}

/** The terms written back as a reader would type them (for "search for each word" suggestions). */
export function termText(term: SearchTerm): string {
  if (term.phrase) return `"${term.text}"`;
  return term.prefix ? `${term.text}*` : term.text;
}
