import Link from "next/link";
import { StatusTag } from "@/components/ui/status-tag";
import { formatDate, formatTime } from "@/lib/format";
import type { MeetingListEntry } from "@/lib/queries/meetings";

export function MeetingList({ meetings }: { meetings: MeetingListEntry[] }) {
  if (meetings.length === 0) return <p>No meetings have been published yet.</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {meetings.map((m) => (
        <li key={m.slug} className="py-4">
          <h3 className="text-lg font-bold">
            <Link prefetch={false} href={`/meetings/${m.slug}`}>
              {m.committee}, {formatDate(m.date)}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
            <StatusTag status={m.status} />
            {m.startTime && <span>{formatTime(m.startTime)}</span>}
            <span>{m.isVirtual ? "Held virtually" : m.venue ?? "Venue not given"}</span>
            {!m.hasAgenda && <span>Known from minutes only</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
