import Link from "next/link";
import { championPeriod, championTitle, ChampionRoleSource } from "@/components/committees/champion-role-text";
import type { ChampionRole } from "@/lib/queries/champion-roles";

/** A councillor's Area / Community Champion roles, each with the paper that states it. */
export function ChampionRoles({ roles }: { roles: ChampionRole[] }) {
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="champion-roles">
      <h3 id="champion-roles" className="mb-2 text-lg font-bold">Champion roles</h3>
      <ul className="list-disc space-y-2 pl-6">
        {roles.map((r) => (
          <li key={`${r.committee.slug}-${r.area}-${r.validFrom ?? ""}-${r.validTo ?? ""}`}>
            <strong>{championTitle(r)}</strong>,{" "}
            <Link prefetch={false} href={`/committees/${r.committee.slug}`}>{r.committee.name}</Link>, {championPeriod(r)}
            <span className="block text-sm text-muted">
              Source: <ChampionRoleSource source={r.source} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
