/** Dates and times as councils print them, turned into ISO dates and 24-hour times. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fullYear(y: string): number {
  const n = parseInt(y, 10);
  return y.length <= 2 ? 2000 + n : n;
}

export interface ParsedDate {
  iso: string;
  /** Weekday printed with the date, lowercased, if any. */
  weekday: string | null;
  /** Where in the input the date was found. */
  index: number;
  matched: string;
}

const ORD = "(?:\\s?(?:st|nd|rd|th))?";
const MONTH_NAMES = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?";
const TEXT_DATE = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_NAMES},?\\s+(\\d{4}|\\d{2})\\b`, "i");
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;

/**
 * The first date in a text: "Thursday, 31 May 2018", "17th April 2018", "4 th March 2021",
 * "15 Feb 18", "31/05/18". Returns null when none is found.
 */
export function findDate(text: string): ParsedDate | null {
  const t = text.replace(/\u00a0/g, " ");
  const m = TEXT_DATE.exec(t);
  const n = NUMERIC_DATE.exec(t);
  if (m && (!n || m.index <= n.index)) {
    const month = monthNumber(m[3]);
    const iso = month ? isoDate(fullYear(m[4]), month, parseInt(m[2], 10)) : null;
    if (iso) return { iso, weekday: m[1]?.toLowerCase() ?? null, index: m.index, matched: m[0] };
  }
  if (n) {
    const iso = isoDate(fullYear(n[3]), parseInt(n[2], 10), parseInt(n[1], 10));
    if (iso) return { iso, weekday: null, index: n.index, matched: n[0] };
  }
  return null;
}

/** Day + month without a year ("5th July", "26 th October"), completed with a reference year. */
export function findDayMonth(text: string, year: number): string | null {
  const m = new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_NAMES}\\b`, "i").exec(text);
  if (!m) return null;
  const month = monthNumber(m[2]);
  return month ? isoDate(year, month, parseInt(m[1], 10)) : null;
}

/** The weekday name of an ISO date. */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export interface ParsedTime {
  time: string;
  /** Whether am/pm was printed. */
  meridiem: "am" | "pm" | null;
}

/**
 * One clock time: "14:00hr", "10:00", "2.00 P.M.", "11.30 a.m.", "2pm". Without am/pm a
 * 12-hour-looking time stays as printed (the caller knows the context).
 */
export function parseTime(text: string): ParsedTime | null {
  const m = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:hrs?|hours)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d])/i.exec(text.trim());
  if (!m) return null;
  if (m[2] === undefined && !m[3]) return null;
  let h = parseInt(m[1], 10);
  const min = m[2] ? parseInt(m[2], 10) : 0;
  if (h > 23 || min > 59) return null;
  const mer = m[3] ? (m[3].toLowerCase().startsWith("p") ? "pm" : "am") : null;
  if (mer === "pm" && h < 12) h += 12;
  if (mer === "am" && h === 12) h = 0;
  return { time: `${pad(h)}:${pad(min)}`, meridiem: mer };
}
