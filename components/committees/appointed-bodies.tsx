import Link from "next/link";
import type { CommitteeDetail } from "@/lib/queries/committees";

export function AppointedBodies({ bodies }: { bodies: CommitteeDetail["outsideBodies"] }) {
  if (bodies.length === 0) return <p>This committee does not appoint to any outside bodies on record.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {bodies.map((b) => (
        <li key={b.slug}>
          <Link prefetch={false} href={`/outside-bodies/${b.slug}`}>{b.name}</Link>
          <span className="text-muted">
            {" "}({b.representatives === 1 ? "1 councillor" : `${b.representatives} councillors`} listed
            {b.repsAppointed ? `; places: ${b.repsAppointed}` : ""})
          </span>
        </li>
      ))}
    </ul>
  );
}
