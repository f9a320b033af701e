import Link from "next/link";
import { roleLabel } from "@/components/committees/role-label";
import { formatDate } from "@/lib/format";
import type { PersonDetail } from "@/lib/queries/people";
import { ChampionRoles } from "./champion-roles";

/** Committee memberships as each agenda's front sheet printed them, plus champion roles. */
export function CommitteeRoles({ person }: { person: PersonDetail }) {
  if (person.memberships.length === 0 && person.championRoles.length === 0) {
    return <p>No agenda on this site lists {person.name} as a committee member.</p>;
  }
  return (
    <div className="space-y-6">
      {person.memberships.map((m, i) => (
        <section key={m.committee.slug} aria-labelledby={`committee-role-${i}`}>
          <h3 id={`committee-role-${i}`} className="mb-2 text-lg font-bold">
            <Link prefetch={false} href={`/committees/${m.committee.slug}`}>{m.committee.name}</Link>
          </h3>
          <p className="mb-2">
            {m.isCurrent
              ? `${roleLabel(m.history[0].role, m.history[0].roleAsPrinted)} on the committee's latest agenda.`
              : "Not listed on the committee's latest agenda."}
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {m.history.map((h) => (
              <li key={h.meeting.slug}>
                {roleLabel(h.role, h.roleAsPrinted)}, as listed for the{" "}
                <Link prefetch={false} href={`/meetings/${h.meeting.slug}`}>meeting on {formatDate(h.meeting.date)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ChampionRoles roles={person.championRoles} />
    </div>
  );
}
