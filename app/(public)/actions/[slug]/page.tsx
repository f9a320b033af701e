import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionOriginText } from "@/components/actions/action-origin";
import { ActionOwner } from "@/components/actions/action-owner";
import { ActionStatus } from "@/components/actions/action-status";
import { ActionUpdates } from "@/components/actions/action-updates";
import { actionJsonLd } from "@/components/actions/action-json-ld";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { JsonLd } from "@/components/ui/json-ld";
import { formatDate, fitTitle } from "@/lib/format";
import { getActionBySlug, listActionSlugs } from "@/lib/queries/actions";
import { siteConfig } from "@/lib/site-config";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listActionSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const action = await getActionBySlug((await params).slug);
  if (!action) return { title: "Action not found" };
  const title = fitTitle(`Action: ${action.description}`);
  const from = action.origin.minuteNumber ? `minute ${action.origin.minuteNumber}` : "the minutes";
  const when = action.origin.date ? ` of the meeting on ${formatDate(action.origin.date)}` : "";
  const description = `An action from ${from}${when} (${action.committee.name}): who is responsible, its latest status and each action-log update.`;
  const path = `/actions/${action.slug}`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

export default async function ActionPage({ params }: Props) {
  const action = await getActionBySlug((await params).slug);
  if (!action) notFound();
  const url = `${siteConfig.siteUrl}/actions/${action.slug}`;
  return (
    <article>
      <JsonLd data={actionJsonLd(action, url)} />
      <Breadcrumbs trail={[{ href: "/actions", label: "Actions" }]} current={action.origin.minuteNumber ? `Minute ${action.origin.minuteNumber}` : "Action"} />
      <p className="text-lg text-muted">
        Action from {action.origin.minuteNumber ? `minute ${action.origin.minuteNumber}` : "the minutes"}, {action.committee.name}
      </p>
      <h1 className={`mb-6 font-bold ${action.description.length > 120 ? "text-2xl" : "text-2xl sm:text-3xl"}`}>{action.description}</h1>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 border-y border-rule py-4 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Latest status</dt>
        <dd><ActionStatus status={action.status} isComplete={action.isComplete} /></dd>
        <dt className="font-bold">Responsible</dt>
        <dd><ActionOwner action={action} /></dd>
        <dt className="font-bold">From</dt>
        <dd><ActionOriginText origin={action.origin} committeeName={action.committee.name} /></dd>
        <dt className="font-bold">Committee</dt>
        <dd><Link prefetch={false} href={`/committees/${action.committee.slug}`}>{action.committee.name}</Link></dd>
      </dl>

      <section aria-labelledby="updates-heading" className="mt-10">
        <h2 id="updates-heading" className="mb-4 text-2xl font-bold">Progress reported in action logs</h2>
        <ActionUpdates updates={action.updates} />
      </section>

      <p className="mt-10">
        <Link prefetch={false} href={action.isComplete ? "/actions/completed" : "/actions/open"}>
          {action.isComplete ? "All completed actions" : "All open actions"}
        </Link>
      </p>
    </article>
  );
}
