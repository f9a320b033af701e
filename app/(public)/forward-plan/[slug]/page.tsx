import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CommitteeForwardPlan } from "@/components/plans/forward-plan";
import { formatDate } from "@/lib/format";
import { getPlanPrintedWith, listPlanEditionSlugs, planPath } from "@/lib/queries/plans";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return prerenderParams(await listPlanEditionSlugs());
}

const headingOf = (date: string) => `Agenda plan printed for the meeting on ${formatDate(date, { weekday: false })}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await getPlanPrintedWith((await params).slug);
  if (!plan) return { title: "Agenda plan not found" };
  const title = headingOf(plan.publishedWith.date);
  const description = `The ${plan.committee.name}'s agenda plan as its agenda pack for ${formatDate(plan.publishedWith.date, { weekday: false })} printed it: the items it expected at each coming meeting, lead officers and key decisions.`;
  const path = planPath(plan.publishedWith.slug);
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path, type: "article" } };
}

/** One agenda plan as one pack printed it, kept readable after newer packs replace it. */
export default async function PrintedPlanPage({ params }: Props) {
  const plan = await getPlanPrintedWith((await params).slug);
  if (!plan) notFound();
  const heading = headingOf(plan.publishedWith.date);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/forward-plan", label: "Forward plan" }]} current={heading} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{heading}</h1>
      <p className="max-w-3xl text-lg">
        What the {plan.committee.name} expected to discuss at its coming meetings when this pack was printed. Plans change
        from pack to pack: this page keeps this one as it was printed.
      </p>
      <CommitteeForwardPlan plan={plan} index={0} />
    </>
  );
}
