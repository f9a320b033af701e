/** Dates and times as UK readers expect them: "Thursday 31 May 2018", "2pm", "10:30am". */

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function formatDate(iso: string, opts: { weekday?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: opts.weekday === false ? undefined : "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
  }).format(utcDate(iso)).replace(",", "");
}

export function formatShortDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(utcDate(iso));
}

export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  const suffix = h >= 12 ? "pm" : "am";
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12}${suffix}` : `${h12}:${String(m).padStart(2, "0")}${suffix}`;
}

export function formatPageRange(start: number | null, end: number | null): string | null {
  if (start === null) return null;
  return end !== null && end !== start ? `pages ${start} to ${end}` : `page ${start}`;
}

/** Today's date in the UK as ISO, for upcoming/held decisions. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

const PARTY_NAMES: Record<string, string> = {
  con: "Conservative", conservative: "Conservative",
  lab: "Labour", l: "Labour", labour: "Labour",
  "lib dem": "Liberal Democrat", ld: "Liberal Democrat", "liberal democrat": "Liberal Democrat", "lib dems": "Liberal Democrat",
  ind: "Independent", independent: "Independent", green: "Green",
};

/** A party as readers know it: "Con" → "Conservative"; unknown abbreviations are shown as printed. */
export function partyName(printed: string | null | undefined): string | null {
  const s = printed?.trim();
  if (!s) return null;
  return PARTY_NAMES[s.toLowerCase().replace(/[.\s]+/g, " ").trim()] ?? s;
}

/** Titles printed in capitals read as sentence case ("CAMBRIDGESHIRE ADULT LEARNING" → "Cambridgeshire adult learning"). */
export function unshout(s: string): string {
  // A single capitalised word is more likely an abbreviation ("DAAT") than shouting.
  if (!/[A-Z]{3}/.test(s) || s !== s.toUpperCase() || !/\s/.test(s.trim())) return s;
  // Bracketed abbreviations stay in capitals: "(CCC)".
  const lower = s.toLowerCase().replace(/\(([a-z&]{2,6})\)/g, (m) => m.toUpperCase());
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** How a resolution was decided, in words: "unanimous" → "Agreed unanimously". */
export function describeOutcome(outcome: string | null | undefined): string {
  switch (outcome) {
    case "unanimous": return "Agreed unanimously";
    case "majority": return "Agreed by a majority";
    case "carried": return "Carried";
    case "lost": return "Not agreed (the motion was lost)";
    default: return "Resolved, no vote recorded";
  }
}

/** Vote counts as the minutes print them: "7 for, 1 abstention"; null when none were printed. */
export function describeVotes(votesFor: number | null, votesAgainst: number | null, abstentions: number | null): string | null {
  const parts: string[] = [];
  if (votesFor !== null) parts.push(`${votesFor} for`);
  if (votesAgainst !== null) parts.push(`${votesAgainst} against`);
  if (abstentions !== null) parts.push(`${abstentions} ${abstentions === 1 ? "abstention" : "abstentions"}`);
  return parts.length ? parts.join(", ") : null;
}

/** A sum of money in whole pounds (pence only when there are any): "£5,200,000", "-£43,000", "£15.70". */
export function formatPounds(amount: number): string {
  const pence = Math.round(Math.abs(amount) * 100) % 100 !== 0;
  const s = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: pence ? 2 : 0, maximumFractionDigits: pence ? 2 : 0 }).format(Math.abs(amount));
  return amount < 0 ? `-${s}` : s;
}

const CALENDAR_WORDS = /\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;

/**
 * `unshout` for titles and headings from minutes and reports: also reads "15th" inside a capitalised
 * title as shouting, and keeps what sentence case would spoil ("C&P", "P&C", month and day names).
 */
export function readableTitle(s: string): string {
  const probe = s.replace(/(\d)(st|nd|rd|th)\b/g, (_, d: string, x: string) => d + x.toUpperCase());
  const out = unshout(probe);
  if (out === probe) return s;
  return out
    .replace(/\b[a-z]{1,3}&[a-z]{1,3}\b/g, (t) => t.toUpperCase())
    .replace(CALENDAR_WORDS, (w) => w.charAt(0).toUpperCase() + w.slice(1));
}

const SMALL_WORDS = new Set(["and", "of", "the", "for", "to", "in", "on", "a", "an", "or", "with"]);

/**
 * Runs of two or more capitalised words read in title case ("COMMUNITIES AND PARTNERSHIPS
 * COMMITTEE Delivery Plan" → "Communities and Partnerships Committee Delivery Plan"). Short
 * capitalised words that are not small words stay as printed, as they are usually acronyms (CCC, P&C).
 */
export function tameCapitals(s: string): string {
  return s.replace(/\b[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)+\b/g, (run) =>
    run.split(/(\s+)/).map((word, i) => {
      if (/^\s+$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (SMALL_WORDS.has(lower)) return i === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
      if (word.length <= 3) return word;
      return lower.replace(/(^|[-'’])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/(['’])S\b/gi, "$1s");
    }).join(""),
  );
}

/** Text cut at a word to at most `max` characters, with an ellipsis when cut (for page titles and link text). */
export function shortenText(s: string, max: number): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** Longest page title before " | Open Committee" keeps the whole <title> within 70 characters. */
const TITLE_ROOM = 52;

/**
 * A page title that fits search results: shortened at a word, measured as it is written in
 * the HTML source ("&" counts as "&amp;", as validators count it).
 */
export function fitTitle(title: string, room = TITLE_ROOM): string {
  const escapedLength = (s: string) => s.replace(/&/g, "&amp;").replace(/[<>]/g, "&lt;").length;
  let max = room;
  let out = shortenText(title, max);
  while (escapedLength(out) > room && max > 10) out = shortenText(title, --max);
  return out;
}
