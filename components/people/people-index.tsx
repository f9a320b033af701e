import Link from "next/link";
import { partyName } from "@/lib/format";
import { surnameOf, type PersonListEntry } from "@/lib/queries/people";

/** People under a heading per initial letter of the surname (the list arrives sorted). */
export function PeopleIndex({ people, idPrefix, honorific }: { people: PersonListEntry[]; idPrefix: string; honorific?: string }) {
  if (people.length === 0) return <p>No one is listed yet.</p>;
  const groups = new Map<string, PersonListEntry[]>();
  for (const p of people) {
    const letter = surnameOf(p.name).charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), p]);
  }
  return (
    <div className="space-y-6">
      {[...groups.entries()].map(([letter, list]) => (
        // A div, not a section: "A" under councillors and "A" under officers would be two landmarks of one name.
        <div key={letter}>
          <h3 id={`${idPrefix}-${letter}`} className="mb-2 border-b border-rule text-xl font-bold">{letter}</h3>
          <ul className="grid grid-cols-1 gap-x-8 gap-y-2 sm:grid-cols-2">
            {list.map((p) => (
              <li key={p.slug}>
                <Link prefetch={false} href={`/people/${p.slug}`} className="font-bold">{honorific ? `${honorific} ${p.name}` : p.name}</Link>
                {(p.party || p.summary) && (
                  <span className="block text-sm text-muted">
                    {[partyName(p.party), p.summary].filter(Boolean).join(" · ")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
