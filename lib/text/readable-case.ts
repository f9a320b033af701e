import { siteConfig } from "@/lib/site-config";
import { phrasePattern } from "@/lib/text/regexp";

/** How `readableCase` treats one piece of text. */
export interface ReadableCaseOptions {
  /** Proper names whose capitals survive, besides the council's own: pass the committee's name where it is at hand. */
  properNames?: readonly (string | null | undefined)[];
  /** An agenda section heading: a single shouted word reads as a word ("DECISIONS" → "Decisions"). */
  heading?: boolean;
}

/**
 * One way to print titles and headings from agenda packs, so a title reads the same on every page.
 *
 * - A title printed wholly in capitals ("shouted") reads in sentence case, GOV.UK style:
 *   "FINANCE AND PERFORMANCE REPORT – OUTTURN 2017-18" → "Finance and performance report – outturn 2017-18".
 *   What sentence case would spoil is kept: proper names (the council's, and any the caller passes, such
 *   as the committee's), bracketed abbreviations "(CCC)", "C&P"/"P&C", month and day names, and
 *   ordinals ("MINUTES 15th FEBRUARY 2018" is still shouted).
 * - A single shouted word is more likely an abbreviation ("DAAT") than shouting and is kept, except in
 *   headings (`heading: true`), where "DECISIONS" reads "Decisions".
 * - In mixed-case text, runs of two or more capitalised words read in title case
 *   ("COMMUNITIES AND PARTNERSHIPS COMMITTEE Delivery Plan" → "Communities and Partnerships Committee Delivery Plan").
 * - Anything else is returned as printed.
 */
export function readableCase(text: string, options: ReadableCaseOptions = {}): string {
  const names = properNameMatcher([...councilProperNames(siteConfig.councilName), ...(options.properNames ?? [])]);
  // Ordinal suffixes are often printed in lower case inside a shouted title ("15th"): they do not make it mixed case.
  const probe = text.replace(/(\d)(st|nd|rd|th)\b/g, (_m, d: string, x: string) => d + x.toUpperCase());
  if (isShouted(probe, options.heading ?? false)) return sentenceCase(probe, names);
  return titleCaseCapitalRuns(text, names);
}

/**
 * The council's name and its place ("Cambridgeshire County Council" → also "Cambridgeshire"), the
 * proper names every title keeps.
 */
export function councilProperNames(councilName: string): string[] {
  const name = councilName.trim().replace(/\s+/g, " ");
  if (!name) return [];
  const place = name.replace(/\s+(?:(?:county|city|district|borough)\s+)?council$/i, "").trim();
  return place && place !== name ? [name, place] : [name];
}

function isShouted(s: string, heading: boolean): boolean {
  if (s !== s.toUpperCase() || !/[A-Z]{3}/.test(s)) return false;
  return heading || /\s/.test(s.trim());
}

const CALENDAR_WORDS = /\b(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
// "may" is also a verb: a month only beside a number ("31st May", "May 2018").
const MAY_IN_A_DATE = /(\d(?:st|nd|rd|th)?\s+)may\b|\bmay(?=\s+\d)/g;
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function sentenceCase(shouted: string, names: ProperNameMatcher): string {
  const lower = shouted
    .toLowerCase()
    .replace(/\(([a-z&]{2,6})\)/g, (m) => m.toUpperCase())
    .replace(/\b[a-z]{1,3}&[a-z]{1,3}\b/g, (m) => m.toUpperCase())
    .replace(CALENDAR_WORDS, capitalise)
    .replace(MAY_IN_A_DATE, (m) => m.replace(/may/, "May"));
  // The first letter is capitalised after leading quotes or brackets, but not after a number ("2017-18 savings tracker").
  return names.restore(lower).replace(/^([\s"'‘“(]*)([a-z])/, (_m, lead: string, c: string) => lead + c.toUpperCase());
}

const SMALL_WORDS = new Set(["and", "of", "the", "for", "to", "in", "on", "a", "an", "or", "with"]);

// Short capitalised words that are not small words stay as printed: they are usually acronyms (CCC, P&C).
function titleCaseCapitalRuns(text: string, names: ProperNameMatcher): string {
  return text.replace(/\b[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)+\b/g, (run) =>
    names.restore(
      run.split(/(\s+)/).map((word, i) => {
        if (/^\s+$/.test(word)) return word;
        const lower = word.toLowerCase();
        if (SMALL_WORDS.has(lower)) return i === 0 ? capitalise(lower) : lower;
        if (word.length <= 3) return word;
        return lower.replace(/(^|[-'’])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/(['’])S\b/gi, "$1s");
      }).join(""),
    ),
  );
}

interface ProperNameMatcher {
  /** Puts each proper name back as the caller spelt it, wherever it stands as whole words in any case. */
  restore(s: string): string;
}

const matchers = new Map<string, ProperNameMatcher>();

function properNameMatcher(names: readonly (string | null | undefined)[]): ProperNameMatcher {
  const cleaned = [...new Set(names.map((n) => n?.trim().replace(/\s+/g, " ")).filter((n): n is string => Boolean(n)))];
  const key = cleaned.join("\n");
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = buildMatcher(cleaned);
    // Pages pass a handful of committee names: the cache stays small, but is bounded all the same.
    if (matchers.size > 200) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}

function buildMatcher(names: string[]): ProperNameMatcher {
  if (names.length === 0) return { restore: (s) => s };
  const bySpelling = new Map(names.map((n) => [n.toLowerCase(), n]));
  // Longest first, so "Cambridgeshire County Council" wins over "Cambridgeshire".
  const alternatives = [...bySpelling.keys()]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return { restore: (s) => s.replace(pattern, (m) => bySpelling.get(m.toLowerCase().replace(/\s+/g, " ")) ?? m) };
}
