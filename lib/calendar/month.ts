/**
 * The month view's arithmetic: reading `?month=YYYY-MM`, the weeks of a month (Monday first, as UK
 * calendars print them), and the months either side. Pure; dates are ISO strings, computed in UTC
 * so no server time zone can shift a day.
 */

export interface Month {
  year: number;
  /** 1 to 12. */
  month: number;
}

export type MonthParam = { ok: true; month: Month } | { ok: false; message: string };

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Years a council calendar could plausibly hold; outside them a month is a typo, not a request. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/**
 * The month asked for, the current one when none is given, or a message saying what is wrong.
 * `today` is the UK date (ISO).
 */
export function parseMonthParam(value: string | string[] | undefined, today: string): MonthParam {
  if (value === undefined || value === "") return { ok: true, month: monthOf(today) };
  const text = Array.isArray(value) ? value[0] ?? "" : value;
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return { ok: false, message: "Give the month as a year and month number, for example 2026-05 for May 2026." };
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${m[2]}: use 01 for January to 12 for December.` };
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, message: `Choose a year between ${FIRST_YEAR} and ${LAST_YEAR}.` };
  return { ok: true, month: { year, month } };
}

export function monthOf(isoDate: string): Month {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

/** "2026-05": the value `?month=` takes. */
export function monthKey({ year, month }: Month): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** "May 2026" */
export function monthName({ year, month }: Month): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** True when the month is within the years the calendar accepts (so a "next month" link never leads to an error). */
export function isMonthInRange({ year }: Month): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The month's weeks, Monday to Sunday: ISO dates, null for the days of the months either side. */
export function monthWeeks({ year, month }: Month): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; shift so Monday is 0.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${monthKey({ year, month })}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
