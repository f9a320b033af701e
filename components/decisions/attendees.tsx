import Link from "next/link";
import type { MeetingAttendee } from "@/lib/queries/decisions";

/** Names as the minutes list them, each linked to the person's page where it is public. */
export function Attendees({ people }: { people: MeetingAttendee[] }) {
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
      {people.map((p, i) => {
        const name = `${p.isCouncillor ? "Councillor " : ""}${p.name}`;
        return (
          <li key={`${p.name}-${i}`}>
            {p.slug ? <Link prefetch={false} href={`/people/${p.slug}`}>{name}</Link> : name}
            {p.role && <span className="text-muted"> ({p.role})</span>}
            {p.substitutingFor && <span className="block text-sm text-muted">substituting for {p.substitutingFor}</span>}
          </li>
        );
      })}
    </ul>
  );
}
