import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate, partyName } from "@/lib/format";
import type { ChampionRole } from "@/lib/queries/champion-roles";
import type { MembershipSnapshot } from "@/lib/queries/committees";
import { championTitle } from "./champion-role-text";
import { roleLabel } from "./role-label";

/** The membership printed on the newest front sheet, with each member's open champion role. */
export function CurrentMembers({ snapshot, champions = [] }: { snapshot: MembershipSnapshot | null; champions?: ChampionRole[] }) {
  if (!snapshot) return <p>None of this committee&rsquo;s agendas lists its members yet.</p>;
  const date = formatDate(snapshot.meeting.date);
  return (
    <>
      <p className="mb-4">
        As listed on the agenda for the <Link prefetch={false} href={`/meetings/${snapshot.meeting.slug}`}>meeting on {date}</Link>.
      </p>
      <TableScroll label="Committee members">
        <table className="w-full text-left">
          <caption className="sr-only">Members of the committee as at {date}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2">Party</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.members.map((m) => (
              <tr key={m.personSlug} className="border-b border-rule">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link prefetch={false} href={`/people/${m.personSlug}`}>Councillor {m.name}</Link>
                </th>
                <td className="py-2 pr-4">
                  {roleLabel(m.role, m.roleAsPrinted)}
                  {champions.filter((c) => c.person.slug === m.personSlug).map((c) => (
                    <span key={`${c.area}-${c.roleLabel}`} className="block text-sm">
                      {championTitle(c)}{c.validFrom && <span className="text-muted"> since {formatDate(c.validFrom, { weekday: false })}</span>}
                    </span>
                  ))}
                </td>
                <td className="py-2">{partyName(m.party) ?? <span className="text-muted">Not given</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
