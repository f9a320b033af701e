import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CommitteeForwardPlan } from "@/components/plans/forward-plan";
import { listForwardPlans } from "@/lib/queries/plans";

const title = "Forward plan";
const description = "What each committee plans to discuss at its coming meetings: items, lead officers, key decisions, report deadlines and despatch dates, as published in the newest agenda pack, with every earlier plan linked.";

export const metadata: Metadata = {
  title, description, alternates: { canonical: "/forward-plan" }, openGraph: { title, description, url: "/forward-plan", type: "website" },
};

export default async function ForwardPlanPage() {
  const plans = await listForwardPlans();
  return (
    <>
      <Breadcrumbs trail={[]} current="Forward plan" />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Forward plan</h1>
      <p className="max-w-3xl text-lg">
        Each agenda pack prints the committee&rsquo;s agenda plan: the items it expects at its next meetings, who leads
        each one, and the dates by which reports are drafted and the agenda is sent out. Plans change from pack to pack;
        this page shows the newest one, and every earlier plan stays readable at its own address, linked below each
        committee&rsquo;s name. A key decision is one the council&rsquo;s constitution says must be announced in advance;
        reserve and provisional dates may not go ahead.
      </p>
      {plans.length === 0 ? (
        <p className="mt-8">No agenda plan has been published yet.</p>
      ) : (
        plans.map((plan, i) => <CommitteeForwardPlan key={plan.committee.slug} plan={plan} index={i} />)
      )}
    </>
  );
}
