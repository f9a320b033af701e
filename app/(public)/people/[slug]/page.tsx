import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionsOwned } from "@/components/people/actions-owned";
import { AppointmentsTable } from "@/components/people/appointments-table";
import { AttendanceRecord } from "@/components/people/attendance-record";
import { CommitteeRoles } from "@/components/people/committee-roles";
import { PersonFacts } from "@/components/people/person-facts";
import { PostsList } from "@/components/people/posts-list";
import { ReportList } from "@/components/people/report-list";
import { SeeAllLink } from "@/components/people/see-all-link";
import { JsonLd } from "@/components/ui/json-ld";
import { partyName } from "@/lib/format";
import { listPath } from "@/lib/pagination/paged-lists";
import { getPersonBySlug, listPersonSlugs, type PersonDetail } from "@/lib/queries/people";
import { siteConfig } from "@/lib/site-config";
import { personJsonLd } from "@/lib/structured-data/person";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listPersonSlugs());
}

function displayName(p: PersonDetail): string {
  return p.isCouncillor ? `Councillor ${p.name}` : p.name;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPersonBySlug((await params).slug);
  if (!person) return { title: "Person not found" };
  const title = displayName(person);
  const description = person.isCouncillor
    ? `${title}${person.party ? ` (${partyName(person.party)})` : ""}: committee roles, outside-body appointments, attendance and reports, from ${siteConfig.councilName} committee papers.`
    : `${person.name}${person.printedPosts[0] ? `, ${person.printedPosts[0].post}` : ""}: reports, contacts and actions in ${siteConfig.councilName} committee papers.`;
  const path = `/people/${person.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "profile" } };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** The link to every report naming the person as a contact, when the page shows only the latest. */
function AllReportsLink({ person, type }: { person: PersonDetail; type: "member" | "officer" }) {
  const shown = type === "member" ? person.memberContactFor.length : person.officerContactFor.length;
  const all = person.contactTotals.member + person.contactTotals.officer;
  return (
    <SeeAllLink href={listPath("person-reports", person.slug)} total={person.contactTotals[type]} shown={shown}>
      All {all} reports naming {person.name} as a contact
    </SeeAllLink>
  );
}

export default async function PersonPage({ params }: Props) {
  const person = await getPersonBySlug((await params).slug);
  if (!person) notFound();
  const url = `${siteConfig.siteUrl}/people/${person.slug}`;
  const councillor = person.isCouncillor;
  const hasCouncillorRecord = person.memberships.length > 0 || person.attendance.length > 0 || person.appointments.length > 0;
  const showMemberSections = councillor || hasCouncillorRecord;
  const showOfficerSections = !councillor || person.officerContactFor.length > 0 || person.reportsFrom.length > 0 || person.actionsOwned.length > 0;
  return (
    <article>
      <JsonLd data={personJsonLd(person, url)} />
      <Breadcrumbs trail={[{ href: "/people", label: "People" }]} current={person.name} />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{displayName(person)}</h1>
      <PersonFacts person={person} />

      {showMemberSections && (
        <>
          <Section id="committees" title="Committees and roles"><CommitteeRoles person={person} /></Section>
          <Section id="outside-bodies" title="Outside bodies">
            <AppointmentsTable appointments={person.appointments} name={person.name} />
          </Section>
          <Section id="attendance" title="Attendance"><AttendanceRecord person={person} /></Section>
        </>
      )}
      {(councillor || person.memberContactFor.length > 0) && (
        <Section id="member-contact" title="Member contact for reports">
          <ReportList
            reports={person.memberContactFor}
            empty={`No report on this site names ${person.name} as its member contact.`}
            note={(r) => (r.post ? `as ${r.post}` : null)}
          />
          <AllReportsLink person={person} type="member" />
        </Section>
      )}
      {showOfficerSections && (
        <>
          {!councillor && <Section id="posts" title="Posts"><PostsList person={person} /></Section>}
          <Section id="reports" title="Reports">
            {person.reportsFrom.length > 0 && (
              <>
                <h3 className="mb-2 text-lg font-bold">Reports from {person.name}</h3>
                <ReportList reports={person.reportsFrom} empty="" note={(r) => (r.fromText ? `From: ${r.fromText}` : null)} />
              </>
            )}
            <h3 className="mb-2 mt-6 text-lg font-bold first:mt-0">Officer contact for</h3>
            <ReportList
              reports={person.officerContactFor}
              empty={`No report on this site names ${person.name} as its officer contact.`}
              note={(r) => (r.post ? `as ${r.post}` : null)}
            />
            <AllReportsLink person={person} type="officer" />
          </Section>
          <Section id="actions" title="Actions">
            <ActionsOwned actions={person.actionsOwned} name={person.name} />
          </Section>
        </>
      )}
    </article>
  );
}
