import { fitTitle } from "@/lib/format";
import type { Metadata } from "next";
import Link from "next/link";
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
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { JsonLd } from "@/components/ui/json-ld";
import { feedAlternates } from "@/lib/feeds/paths";
import { getCommitteeBySlug, listCommitteeSlugs } from "@/lib/queries/committees";
import { siteConfig } from "@/lib/site-config";
import { committeeJsonLd } from "@/lib/structured-data/organisation";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listCommitteeSlugs());
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
  return { title, description, alternates: feedAlternates(path, committee), openGraph: { title, description, url: path, type: "website" } };
}

const SECTIONS = [
  { id: "members", label: "Members" },
  { id: "membership-changes", label: "Changes of membership" },
  { id: "champions", label: "Area champions" },
  { id: "meetings", label: "Meetings" },
  { id: "subscribe", label: "Calendar and feeds" },
  { id: "agenda-plan", label: "Agenda plan" },
  { id: "open-actions", label: "Open actions" },
  { id: "workshops", label: "Workshops and training" },
  { id: "outside-bodies", label: "Outside bodies" },
] as const;

export default async function CommitteePage({ params }: Props) {
  const committee = await getCommitteeBySlug((await params).slug);
  if (!committee) notFound();
  const url = `${siteConfig.siteUrl}/committees/${committee.slug}`;
  return (
    <article>
      <JsonLd data={committeeJsonLd(committee, url)} />
      <Breadcrumbs trail={[{ href: "/committees", label: "Committees" }]} current={committee.name} />
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

      <Section id="members">
        <CurrentMembers snapshot={committee.current} champions={committee.champions.current} />
      </Section>

      <Section id="membership-changes">
        <MembershipChanges changes={committee.changes} sheets={committee.snapshots.length} />
      </Section>

      <Section id="champions">
        <AreaChampions history={committee.champions.history} current={committee.champions.current} />
      </Section>

      <Section id="meetings">
        {committee.meetingCount > committee.meetings.length && (
          <p className="mb-4 text-muted">The {committee.meetings.length} newest of {committee.meetingCount} meetings.</p>
        )}
        <MeetingsByYear meetings={committee.meetings} />
        {committee.meetingCount > committee.meetings.length && (
          <p className="mt-4">
            <Link prefetch={false} href={`/committees/${committee.slug}/meetings`}>All {committee.meetingCount} meetings of the {committee.name}</Link>
          </p>
        )}
      </Section>

      <Section id="subscribe">
        <p className="mb-3 max-w-3xl">Add this committee&rsquo;s meetings to your calendar, or follow its new papers in a feed reader.</p>
        <SubscribeLinks committee={committee} />
      </Section>

      <Section id="agenda-plan">
        <ForwardPlanSummary plan={committee.plan} />
      </Section>

      <Section id="open-actions">
        <OpenActions
          actions={committee.openActions} open={committee.openActionCount} completed={committee.completedActionCount}
          committeeName={committee.name} committeeSlug={committee.slug}
        />
      </Section>

      <Section id="workshops">
        <WorkshopPlan plan={committee.workshops} />
      </Section>

      <Section id="outside-bodies">
        <AppointedBodies bodies={committee.outsideBodies} />
      </Section>
    </article>
  );
}

/** One part of the page, headed by its label in the "On this page" list. */
function Section({ id, children }: { id: (typeof SECTIONS)[number]["id"]; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">{SECTIONS.find((s) => s.id === id)!.label}</h2>
      {children}
    </section>
  );
}
