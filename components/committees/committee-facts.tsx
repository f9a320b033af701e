import Link from "next/link";
import { Fragment } from "react";
import { formatDate } from "@/lib/format";
import type { CommitteeDetail } from "@/lib/queries/committees";
import { roleLabel } from "./role-label";

/** Council, chair and vice-chair, and the meetings on record, as a description list. */
export function CommitteeFacts({ committee }: { committee: CommitteeDetail }) {
  const leaders = committee.current?.members.filter((m) => m.role === "chair" || m.role === "vice_chair") ?? [];
  const { meetingCount: n, firstMeetingDate: oldest, latestMeetingDate: newest } = committee;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-bold">Council</dt>
      <dd>
        {committee.council.website ? <a href={committee.council.website}>{committee.council.name}</a> : committee.council.name}
      </dd>
      {leaders.map((m) => (
        <Fragment key={m.personSlug}>
          <dt className="font-bold">{roleLabel(m.role, m.roleAsPrinted)}</dt>
          <dd>
            <Link prefetch={false} href={`/people/${m.personSlug}`}>Councillor {m.name}</Link>
          </dd>
        </Fragment>
      ))}
      <dt className="font-bold">Meetings on record</dt>
      <dd>
        {n === 0 || !oldest || !newest
          ? "None yet"
          : n === 1
            ? <>1, on <time dateTime={newest}>{formatDate(newest)}</time></>
            : <>{n}, from <time dateTime={oldest}>{formatDate(oldest)}</time> to <time dateTime={newest}>{formatDate(newest)}</time></>}
      </dd>
      {committee.alsoPrintedAs.length > 0 && (
        <>
          <dt className="font-bold">Also printed as</dt>
          <dd>{committee.alsoPrintedAs.map((a) => `“${a}”`).join(", ")}</dd>
        </>
      )}
    </dl>
  );
}
