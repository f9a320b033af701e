import { formatDate, partyName } from "@/lib/format";
import type { PersonDetail } from "@/lib/queries/people";

/** Who the person is: councillor or officer, party, posts, and the other spellings the packs use. */
export function PersonFacts({ person }: { person: PersonDetail }) {
  const contacts = [...person.memberContactFor, ...person.officerContactFor].sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
  const email = person.email ?? contacts.find((c) => c.email)?.email ?? null;
  const phone = person.phone ?? contacts.find((c) => c.telephone)?.telephone ?? null;
  const fromReports = !person.email && !person.phone && (email || phone);
  const latestContact = contacts.find((c) => c.email || c.telephone);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-bold">Role</dt>
      <dd>{person.isCouncillor ? "Councillor" : "Council officer or other named contact"}</dd>
      {person.party && (
        <>
          <dt className="font-bold">Party</dt>
          <dd>
            {partyName(person.party)}
            {partyName(person.party) !== person.party && <span className="text-muted"> (printed &ldquo;{person.party}&rdquo;)</span>}
          </dd>
        </>
      )}
      {person.alsoPrintedAs.length > 0 && (
        <>
          <dt className="font-bold">Also printed as</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {person.alsoPrintedAs.map((a) => <li key={a}>&ldquo;{a}&rdquo;</li>)}
            </ul>
          </dd>
        </>
      )}
      {email && (
        <>
          <dt className="font-bold">Email</dt>
          <dd><a href={`mailto:${email}`}>{email}</a></dd>
        </>
      )}
      {phone && (
        <>
          <dt className="font-bold">Telephone</dt>
          <dd>{phone}</dd>
        </>
      )}
      {fromReports && latestContact && (
        <dd className="text-sm text-muted sm:col-start-2">
          As printed in the report contacts for the meeting on {formatDate(latestContact.meeting.date)}.
        </dd>
      )}
    </dl>
  );
}
