import Link from "next/link";
import { formatDate, formatTime } from "@/lib/format";
import { monthName, monthWeeks, type Month } from "@/lib/calendar/month";
import type { MeetingListEntry } from "@/lib/queries/meetings";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * A month as a table, Monday first: each day's meetings as links. On a narrow screen a link shows
 * only the time (the committee stays in its accessible name, and the list below the table gives
 * every detail); from the `sm` width the committee is shown too.
 */
export function MonthTable({ month, meetings, today }: { month: Month; meetings: MeetingListEntry[]; today: string }) {
  const byDay = new Map<string, MeetingListEntry[]>();
  for (const m of meetings) byDay.set(m.date, [...(byDay.get(m.date) ?? []), m]);
  return (
    <table className="w-full table-fixed border border-rule text-sm">
      <caption className="sr-only">Meetings in {monthName(month)}, by day</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col" className="border border-rule bg-panel px-1 py-1 text-center">
              <abbr title={day} className="no-underline">{day.slice(0, 3)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week, i) => (
          <tr key={i}>
            {week.map((date, j) =>
              date === null ? (
                <td key={j} className="border border-rule bg-panel/50" />
              ) : (
                <td key={date} className={`h-16 border border-rule p-1 align-top sm:h-24 ${date === today ? "bg-[#fff7bf]" : ""}`} {...(date === today ? { "aria-current": "date" as const } : {})}>
                  <span className="block font-bold">
                    <span aria-hidden="true">{Number(date.slice(8))}</span>
                    <span className="sr-only">{formatDate(date)}{date === today ? " (today)" : ""}</span>
                  </span>
                  {byDay.has(date) && (
                    <ul className="mt-1 space-y-1">
                      {byDay.get(date)!.map((m) => (
                        <li key={m.slug} className="leading-tight">
                          <Link prefetch={false} href={`/meetings/${m.slug}`} className="break-words">
                            {m.status === "cancelled" && <span>Cancelled: </span>}
                            <span>{m.startTime ? formatTime(m.startTime) : "Meeting"}</span>
                            <span className="sr-only sm:not-sr-only"> {m.committee}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
