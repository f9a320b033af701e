import Link from "next/link";
import type { AttendeeView, MinutesView } from "@/lib/queries/meetings";

/** Who attended, who substituted for whom, and who sent apologies, as the minutes record it. */
export function AttendanceList({ minutes }: { minutes: MinutesView }) {
  const groups: { id: string; title: string; people: AttendeeView[] }[] = [
    { id: "attendance-present", title: "Present", people: minutes.present },
    { id: "attendance-apologies", title: "Apologies for absence", people: minutes.apologies },
    { id: "attendance-in-attendance", title: "Also in attendance", people: minutes.inAttendance },
  ];
  if (groups.every((g) => g.people.length === 0)) return <p>The minutes do not record who attended.</p>;
  return (
    <div className="grid grid-cols-1 gap-6 sm:grid-cols-2">
      {groups.filter((g) => g.people.length).map((g) => (
        <section key={g.id} aria-labelledby={g.id}>
          <h4 id={g.id} className="mb-2 text-lg font-bold">{g.title}</h4>
          <ul className="space-y-1">
            {g.people.map((p, i) => (
              <li key={`${p.name}-${i}`}>
                <PersonName person={p} />
                {p.role && <span className="text-muted"> ({p.role})</span>}
                {p.substitutingFor && (
                  <span className="block text-sm">
                    substituting for{" "}
                    {p.substitutingFor.person
                      ? <Link prefetch={false} href={`/people/${p.substitutingFor.person.slug}`}>{p.substitutingFor.name}</Link>
                      : p.substitutingFor.name}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function PersonName({ person }: { person: AttendeeView }) {
  const prefix = person.isCouncillor ? "Councillor " : "";
  if (!person.person) return <>{prefix}{person.name}</>;
  return <>{prefix}<Link prefetch={false} href={`/people/${person.person.slug}`}>{person.name}</Link></>;
}
