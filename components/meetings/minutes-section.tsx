import Link from "next/link";
import { formatDate, formatTime } from "@/lib/format";
import type { MinutesView } from "@/lib/queries/meetings";
import { AttendanceList } from "./attendance-list";
import { MinuteEntry } from "./minute-entry";

/** The minutes of a meeting: when it sat, who attended, and each numbered minute. */
export function MinutesSection({ minutes, committeeName }: { minutes: MinutesView; committeeName: string }) {
  const time = minutes.startTime
    ? `${formatTime(minutes.startTime)}${minutes.endTime ? ` to ${formatTime(minutes.endTime)}` : ""}`
    : null;
  return (
    <div className="space-y-6">
      <p>
        {time && <>The meeting sat from {time}. </>}
        {minutes.printedIn && (
          <>
            These minutes were printed for approval in the agenda pack of the{" "}
            <Link prefetch={false} href={`/meetings/${minutes.printedIn.slug}`}>meeting on {formatDate(minutes.printedIn.date)}</Link>.
          </>
        )}
      </p>
      <section aria-labelledby="attendance-heading">
        <h3 id="attendance-heading" className="mb-3 text-xl font-bold">Attendance</h3>
        <AttendanceList minutes={minutes} />
      </section>
      {minutes.entries.length === 0 ? (
        <p>The minutes have no numbered items.</p>
      ) : (
        minutes.entries.map((e) => <MinuteEntry key={e.anchor} entry={e} committeeName={committeeName} />)
      )}
    </div>
  );
}
