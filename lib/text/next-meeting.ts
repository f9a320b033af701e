import { findDate, findDayMonth } from "@/lib/import/dates";

const NEXT_MEETING = /\b(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b/i;

/**
 * The date a meeting's papers give for the committee's next meeting ("Date of Next Meeting -
 * 5th July"), as an ISO date after `meetingDate`; null when the papers give none. A date
 * printed without a year is the first such day after the meeting.
 */
export function statedNextMeetingDate(texts: (string | null | undefined)[], meetingDate: string): string | null {
  for (const text of texts) {
    if (!text || !NEXT_MEETING.test(text)) continue;
    const full = findDate(text)?.iso ?? null;
    if (full) return full > meetingDate ? full : null;
    const year = Number(meetingDate.slice(0, 4));
    const sameYear = findDayMonth(text, year);
    if (sameYear) return sameYear > meetingDate ? sameYear : findDayMonth(text, year + 1);
  }
  return null;
}
