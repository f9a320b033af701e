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
