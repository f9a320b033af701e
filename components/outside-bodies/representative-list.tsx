import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { partyName } from "@/lib/format";
import type { Representative } from "@/lib/queries/outside-bodies";

function displayName(r: Representative): React.ReactNode {
  if (!r.person) return r.nameAsPrinted;
  return <Link prefetch={false} href={`/people/${r.person.slug}`}>Councillor {r.person.name}</Link>;
}

/** Representatives and substitutes with their party, as a table. */
export function RepresentativeTable({ representatives, caption }: { representatives: Representative[]; caption: string }) {
  if (representatives.length === 0) return <p>No representatives are listed.</p>;
  return (
    <TableScroll label={caption}>
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">Councillor</th>
            <th scope="col" className="py-2 pr-4">Appointed as</th>
            <th scope="col" className="py-2">Party</th>
          </tr>
        </thead>
        <tbody>
          {representatives.map((r, i) => (
            <tr key={`${r.nameAsPrinted}-${i}`} className="border-b border-rule align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {displayName(r)}
                {r.person && <span className="block text-sm text-muted">Printed &ldquo;{r.nameAsPrinted}{r.party ? ` (${r.party})` : ""}&rdquo;</span>}
              </th>
              <td className="py-2 pr-4">{r.isSubstitute ? "Substitute" : "Representative"}</td>
              <td className="py-2">{partyName(r.party) ?? <span className="text-muted">Not given</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A short inline list for the index page. */
export function RepresentativeSummary({ representatives }: { representatives: Representative[] }) {
  if (representatives.length === 0) return <>none listed</>;
  return (
    <ul className="inline">
      {representatives.map((r, i) => (
        <li key={`${r.nameAsPrinted}-${i}`} className="inline after:content-[',_'] last:after:content-none">
          {r.person ? <Link prefetch={false} href={`/people/${r.person.slug}`}>{r.person.name}</Link> : r.nameAsPrinted.replace(/^Councillor\s+/i, "")}
          {r.party && ` (${r.party})`}
          {r.isSubstitute && " substitute"}
        </li>
      ))}
    </ul>
  );
}
