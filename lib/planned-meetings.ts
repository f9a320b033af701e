import { findDate } from "@/lib/import/dates";

/** A meeting an agenda plan lists after the latest one. */
export interface PlannedNext {
  date: string;
  isProvisional: boolean;
  items: string[];
  /** True when the plan lists the latest meeting's minutes for this meeting. */
  takesLatestMinutes: boolean;
}

/** Plan rows by meeting date; a meeting whose items include "Minutes of the meeting held on <latest date>" takes the latest minutes. */
export function groupPlannedMeetings(rows: { date: string | null; isProvisional: boolean; item: string }[], latestDate: string): PlannedNext[] {
  const out: PlannedNext[] = [];
  for (const r of rows) {
    if (!r.date) continue;
    let m = out.find((x) => x.date === r.date);
    if (!m) out.push((m = { date: r.date, isProvisional: true, items: [], takesLatestMinutes: false }));
    // A date is provisional only when every row of it says so ("[01/04/21] Provisional Meeting").
    m.isProvisional &&= r.isProvisional;
    if (!r.isProvisional) m.items.push(r.item);
    if (/^minutes\b/i.test(r.item.trim()) && minutesDate(r.item, latestDate) === latestDate) m.takesLatestMinutes = true;
  }
  return out.filter((m) => !m.isProvisional);
}

/** "Minutes of the Meeting held on 4th March" prints no year: the latest meeting's year fills it in. */
function minutesDate(item: string, latestDate: string): string | null {
  const full = findDate(item)?.iso;
  if (full) return full;
  const m = /(\d{1,2})\s*(?:st|nd|rd|th)?\s+([a-z]+)/i.exec(item);
  if (!m) return null;
  return findDate(`${m[1]} ${m[2]} ${latestDate.slice(0, 4)}`)?.iso ?? null;
}
