import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ChampionRole } from "@/lib/queries/champion-roles";
import { championPeriod, ChampionRoleSource } from "./champion-role-text";

const spellKey = (r: ChampionRole) => `${r.committee.slug}|${r.area}|${r.person.slug}|${r.validFrom ?? ""}|${r.validTo ?? ""}`;

/**
 * Every Area / Community Champion spell the committee's papers record, by area, the open one
 * first. An open spell is "current" only while its holder is still on the newest front sheet.
 */
export function AreaChampions({ history, current }: { history: ChampionRole[]; current: ChampionRole[] }) {
  // By value: cached query results are copies, not the same objects.
  const currentKeys = new Set(current.map(spellKey));
  if (history.length === 0) return <p>None of this committee&rsquo;s papers on this site names an area or community champion.</p>;
  return (
    <>
      <p className="mb-4 max-w-3xl text-muted">
        As the minutes and reports state them. A role runs from the meeting that appointed or noted the councillor until the
        papers name someone else or a vacancy.
      </p>
      <TableScroll label="Champions by area">
        <table className="w-full text-left">
          <caption className="sr-only">Area and community champions named in the committee&rsquo;s papers</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Area</th>
              <th scope="col" className="py-2 pr-4">Councillor</th>
              <th scope="col" className="py-2 pr-4">When</th>
              <th scope="col" className="py-2">Source</th>
            </tr>
          </thead>
          <tbody>
            {history.map((r) => (
              <tr key={spellKey(r)} className="border-b border-rule align-top">
                <th scope="row" className="py-2 pr-4 font-normal">{r.area} <span className="text-muted">({r.roleLabel})</span></th>
                <td className="py-2 pr-4"><Link prefetch={false} href={`/people/${r.person.slug}`}>Councillor {r.person.name}</Link></td>
                <td className="py-2 pr-4">
                  {championPeriod(r)}
                  {r.validTo === null && <span className="text-muted">{currentKeys.has(spellKey(r)) ? " (current)" : " (no later change in the papers)"}</span>}
                </td>
                <td className="py-2"><ChampionRoleSource source={r.source} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
