import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { PersonDetail } from "@/lib/queries/people";

/** Posts on record, then the job titles printed beside the person's name in reports. */
export function PostsList({ person }: { person: PersonDetail }) {
  if (person.posts.length === 0 && person.printedPosts.length === 0) return <p>No post is recorded for {person.name}.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {person.posts.map((p, i) => (
        <li key={`post-${i}`}>
          {p.title}
          {p.organisation && `, ${p.organisation}`}
          {(p.validFrom || p.validTo) && (
            <span className="text-muted">
              {" "}({p.validFrom ? `from ${formatDate(p.validFrom, { weekday: false })}` : ""}
              {p.validFrom && p.validTo ? " " : ""}
              {p.validTo ? `to ${formatDate(p.validTo, { weekday: false })}` : ""})
            </span>
          )}
        </li>
      ))}
      {person.printedPosts.map((p) => (
        <li key={p.post}>
          {p.post}
          <span className="text-muted">
            {" "}(as printed for the <Link prefetch={false} href={`/meetings/${p.meeting.slug}`}>meeting on {formatDate(p.meeting.date, { weekday: false })}</Link>)
          </span>
        </li>
      ))}
    </ul>
  );
}
