import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { CommitteeListEntry } from "@/lib/queries/committees";

export function CommitteeList({ committees }: { committees: CommitteeListEntry[] }) {
  if (committees.length === 0) return <p>No committees have been published yet.</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {committees.map((c) => (
        <li key={c.slug} className="py-5">
          <h2 className="text-xl font-bold">
            <Link prefetch={false} href={`/committees/${c.slug}`}>{c.name}</Link>
          </h2>
          {c.description && <p className="mt-2 max-w-3xl">{c.description}</p>}
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            {c.chair && (
              <>
                <dt className="font-bold">{c.chair.roleAsPrinted ?? "Chair"}</dt>
                <dd>Councillor {c.chair.name}</dd>
              </>
            )}
            <dt className="font-bold">Meetings</dt>
            <dd>
              {c.meetingCount === 0 ? "None published" : `${c.meetingCount} published`}
              {c.latestMeeting && <>, the latest on <time dateTime={c.latestMeeting.date}>{formatDate(c.latestMeeting.date)}</time></>}
            </dd>
            <dt className="font-bold">Open actions</dt>
            <dd>{c.openActionCount}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
