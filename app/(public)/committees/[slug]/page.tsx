import { fitTitle } from "@/lib/format";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AppointedBodies } from "@/components/committees/appointed-bodies";
import { AreaChampions } from "@/components/committees/area-champions";
import { CommitteeFacts } from "@/components/committees/committee-facts";
import { CurrentMembers } from "@/components/committees/current-members";
import { ForwardPlanSummary } from "@/components/committees/forward-plan-summary";
import { MeetingsByYear } from "@/components/committees/meetings-by-year";
import { MembershipChanges } from "@/components/committees/membership-changes";
import { OpenActions } from "@/components/committees/open-actions";
import { WorkshopPlan } from "@/components/committees/workshop-plan";
import { JsonLd } from "@/components/ui/json-ld";
import { getCommitteeBySlug, listCommitteeSlugs } from "@/lib/queries/committees";
import { siteConfig } from "@/lib/site-config";
import { committeeJsonLd } from "@/lib/structured-data/organisation";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listCommitteeSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const committee = await getCommitteeBySlug((await params).slug);
  if (!committee) return { title: "Committee not found" };
  const title = fitTitle(committee.name);
  const chair = committee.current?.members.find((m) => m.role === "chair");
  const description =
    committee.description ??
    `Members${chair ? ` (chaired by Councillor ${chair.name})` : ""}, meetings, agenda plan, open actions and outside bodies of the ${committee.name} of ${committee.council.name}.`;
  const path = `/committees/${committee.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "website" } };
}

const SECTIONS = [
  { id: "members", label: "Members" },
  { id: "membership-changes", label: "Changes of membership" },
  { id: "champions", label: "Area champions" },
  { id: "meetings", label: "Meetings" },
  { id: "agenda-plan", label: "Agenda plan" },
  { id: "open-actions", label: "Open actions" },
  { id: "workshops", label: "Workshops and training" },
  { id: "outside-bodies", label: "Outside bodies" },
] as const;

export default async function CommitteePage({ params }: Props) {
  const committee = await getCommitteeBySlug((await params).slug);
  if (!committee) notFound();
  const url = `${siteConfig.siteUrl}/committees/${committee.slug}`;
  const heading = (id: (typeof SECTIONS)[number]["id"]) => (
    <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">{SECTIONS.find((s) => s.id === id)!.label}</h2>
  );
  return (
    <article>
      <JsonLd data={committeeJsonLd(committee, url)} />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/committees", label: "Committees" }]} current={committee.name} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{committee.name}</h1>
      {committee.description && <p className="mb-6 max-w-3xl text-lg">{committee.description}</p>}
      <CommitteeFacts committee={committee} />

      <nav aria-label="On this page" className="mt-8">
        <h2 className="mb-2 text-lg font-bold">On this page</h2>
        <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
          {SECTIONS.map((s) => (
            <li key={s.id}><a href={`#${s.id}`}>{s.label}</a></li>
          ))}
        </ul>
      </nav>

      <section id="members" aria-labelledby="members-heading" className="mt-10 scroll-mt-4">
        {heading("members")}
        <CurrentMembers snapshot={committee.current} champions={committee.champions.current} />
      </section>

      <section id="membership-changes" aria-labelledby="membership-changes-heading" className="mt-10 scroll-mt-4">
        {heading("membership-changes")}
        <MembershipChanges changes={committee.changes} sheets={committee.snapshots.length} />
      </section>

      <section id="champions" aria-labelledby="champions-heading" className="mt-10 scroll-mt-4">
        {heading("champions")}
        <AreaChampions history={committee.champions.history} current={committee.champions.current} />
      </section>

      <section id="meetings" aria-labelledby="meetings-heading" className="mt-10 scroll-mt-4">
        {heading("meetings")}
        <MeetingsByYear meetings={committee.meetings} />
      </section>

      <section id="agenda-plan" aria-labelledby="agenda-plan-heading" className="mt-10 scroll-mt-4">
        {heading("agenda-plan")}
        <ForwardPlanSummary plan={committee.plan} />
      </section>

      <section id="open-actions" aria-labelledby="open-actions-heading" className="mt-10 scroll-mt-4">
        {heading("open-actions")}
        <OpenActions actions={committee.openActions} completed={committee.completedActionCount} committeeName={committee.name} />
      </section>

      <section id="workshops" aria-labelledby="workshops-heading" className="mt-10 scroll-mt-4">
        {heading("workshops")}
        <WorkshopPlan plan={committee.workshops} />
      </section>

      <section id="outside-bodies" aria-labelledby="outside-bodies-heading" className="mt-10 scroll-mt-4">
        {heading("outside-bodies")}
        <AppointedBodies bodies={committee.outsideBodies} />
      </section>
    </article>
  );
}
