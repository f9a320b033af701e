import { formatDate, formatTime } from "@/lib/format";

export interface MeetingWhenWhere {
  date: string;
  startTime: string | null;
  venue: string | null;
  isVirtual: boolean;
  virtualPlatforms?: string | null;
}

/** "Thursday 4 March 2021 at 10am, held online (Zoom, Microsoft Teams)": when and where, in one phrase. */
export function describeWhenWhere(m: MeetingWhenWhere): string {
  const when = `${formatDate(m.date)}${m.startTime ? ` at ${formatTime(m.startTime)}` : ""}`;
  const where = m.isVirtual
    ? `held online${m.virtualPlatforms ? ` (${m.virtualPlatforms})` : ""}`
    : m.venue ? `at ${m.venue}` : null;
  return where ? `${when}, ${where}` : when;
}
