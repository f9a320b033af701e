import { PhoneLink } from "@/components/ui/phone-link";
import Link from "next/link";
import type { ReportContactView } from "@/lib/queries/reports";

/** Officer and member contacts named at the end of the report. */
export function ReportContacts({ contacts }: { contacts: ReportContactView[] }) {
  const groups = [
    { id: "officer-contacts", title: "Officer contact", items: contacts.filter((c) => c.type === "officer") },
    { id: "member-contacts", title: "Member contact", items: contacts.filter((c) => c.type === "member") },
  ].filter((g) => g.items.length);
  if (groups.length === 0) return <p>The report names no contacts.</p>;
  return (
    <div className="grid grid-cols-1 gap-6 sm:grid-cols-2">
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id}>
          <h3 id={g.id} className="mb-2 text-lg font-bold">{g.items.length > 1 ? `${g.title}s` : g.title}</h3>
          <ul className="space-y-4">
            {g.items.map((c, i) => (
              <li key={`${c.name}-${i}`}>
                <span className="font-bold">
                  {c.person ? <Link prefetch={false} href={`/people/${c.person.slug}`}>{c.name}</Link> : c.name}
                </span>
                {c.post && <span className="block">{c.post}</span>}
                {c.email && <span className="block">Email: <a href={`mailto:${c.email}`}>{c.email}</a></span>}
                {c.telephone && <span className="block">Telephone: <Phones text={c.telephone} /></span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Some contacts print two numbers in one field ("01223 706385 01487 740745"). */
function Phones({ text }: { text: string }) {
  const numbers = text.match(/(?:\+?\d[\d ]{8,}\d)/g)?.map((n) => n.trim()) ?? [];
  const split = numbers.flatMap((n) => (n.replace(/\s/g, "").length >= 20 ? n.match(/0\d{3,4} ?\d{6,7}/g) ?? [n] : [n]));
  if (!split.length) return <>{text}</>;
  return (
    <>
      {split.map((n, i) => (
        <span key={n + i}>
          {i > 0 && " or "}
          <PhoneLink number={n} />
        </span>
      ))}
    </>
  );
}
