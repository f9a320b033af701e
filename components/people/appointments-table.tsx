import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate, partyName } from "@/lib/format";
import type { PersonDetail } from "@/lib/queries/people";

/** Outside bodies the council appointed the person to, as listed in an agenda pack. */
export function AppointmentsTable({ appointments, name }: { appointments: PersonDetail["appointments"]; name: string }) {
  if (appointments.length === 0) return <p>No list of outside-body appointments on this site names {name}.</p>;
  return (
    <TableScroll label="Outside-body appointments">
      <table className="w-full text-left">
        <caption className="sr-only">Outside-body appointments of {name}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">Outside body</th>
            <th scope="col" className="py-2 pr-4">Appointed as</th>
            <th scope="col" className="py-2 pr-4">Party, as printed</th>
            <th scope="col" className="py-2">Listed</th>
          </tr>
        </thead>
        <tbody>
          {appointments.map((a, i) => (
            <tr key={`${a.body.slug}-${i}`} className="border-b border-rule align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link prefetch={false} href={`/outside-bodies/${a.body.slug}`}>{a.body.name}</Link>
              </th>
              <td className="py-2 pr-4">{a.isSubstitute ? "Substitute" : "Representative"}</td>
              <td className="py-2 pr-4">
                {a.party ? <>{partyName(a.party)}{partyName(a.party) !== a.party && <span className="text-muted"> ({a.party})</span>}</> : <span className="text-muted">Not given</span>}
              </td>
              <td className="py-2">
                {a.listedAt ? (
                  <>
                    <Link prefetch={false} href={`/meetings/${a.listedAt.slug}`}>{formatDate(a.listedAt.date, { weekday: false })}</Link>
                    {a.appointingCommittee && <span className="block text-sm text-muted">by {a.appointingCommittee.name}</span>}
                  </>
                ) : (
                  <span className="text-muted">Not given</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
