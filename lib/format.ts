/** Dates and times as UK readers expect them: "Thursday 31 May 2018", "2pm", "10:30am". */

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

// Made once: building an Intl formatter costs far more than formatting with it, and a list page
// or a search reindex formats thousands of dates (it was a quarter of an import's time).
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const LONDON_ISO_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

export function formatDate(iso: string, opts: { weekday?: boolean } = {}): string {
  return (opts.weekday === false ? DATE : LONG_DATE).format(utcDate(iso)).replace(",", "");
}

export function formatShortDate(iso: string): string {
  return SHORT_DATE.format(utcDate(iso));
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
  return LONDON_ISO_DATE.format(now);
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

/**
 * An action's status in one casing, however the action log printed it: "ACTION ONGOING" reads
 * "Action ongoing", as logs that print it in sentence case already do. Mixed case is kept.
 */
export function formatStatus(status: string): string {
  const s = status.trim().replace(/\s+/g, " ");
  if (s !== s.toUpperCase() || !/[A-Z]{2}/.test(s)) return s;
  const lower = s.toLowerCase();
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
const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const POUNDS_AND_PENCE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatPounds(amount: number): string {
  const pence = Math.round(Math.abs(amount) * 100) % 100 !== 0;
  const s = (pence ? POUNDS_AND_PENCE : POUNDS).format(Math.abs(amount));
  return amount < 0 ? `-${s}` : s;
}

/**
 * Text cut to at most `max` characters at a word boundary, with an ellipsis when cut (for page
 * titles, link text, chart labels). Never cuts inside a word unless the first word alone is longer than `max`.
 */
export function shortenText(s: string, max: number): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  // The last space at or before max - 1 leaves room for the ellipsis and ends on a whole word.
  const space = t.lastIndexOf(" ", max - 1);
  const kept = space > 0 ? t.slice(0, space) : t.slice(0, max - 1);
  const trimmed = kept.replace(/[\s,;:.–—(&-]+$/, "");
  return `${trimmed || kept}…`;
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
