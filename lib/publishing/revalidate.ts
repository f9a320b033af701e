/**
 * Refresh the public pages a change affects. A thin first version: it expires the cache tags
 * of the changed record's kind and of the kinds that show it; the visibility work replaces the
 * body with exact per-page revalidation and keeps this signature.
 */
import { revalidatePath, revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";

export interface PublicChange {
  kind: string;
  id: number;
  slugs?: string[];
}

const EVERYTHING: readonly string[] = Object.values(cacheTags).filter((v) => typeof v === "string") as string[];

const TAGS_BY_KIND: Record<string, readonly string[]> = {
  committee: EVERYTHING,
  meeting: EVERYTHING,
  agenda_item: [cacheTags.meetings, cacheTags.reports],
  report: [cacheTags.reports, cacheTags.meetings, cacheTags.decisions, cacheTags.funding, cacheTags.people],
  recommendation: [cacheTags.reports, cacheTags.decisions],
  minutes: [cacheTags.meetings, cacheTags.decisions, cacheTags.people, cacheTags.actions, cacheTags.reports],
  attendance: [cacheTags.meetings, cacheTags.people],
  minute_entry: [cacheTags.meetings, cacheTags.decisions, cacheTags.reports, cacheTags.actions],
  resolution: [cacheTags.decisions, cacheTags.meetings, cacheTags.reports],
  resolution_part: [cacheTags.decisions, cacheTags.meetings, cacheTags.reports],
  action: [cacheTags.actions, cacheTags.committees, cacheTags.people, cacheTags.decisions],
  action_update: [cacheTags.actions, cacheTags.committees],
  agenda_plan_entry: [cacheTags.plans, cacheTags.committees],
  strategy: [cacheTags.strategies, cacheTags.reports],
  strategy_action: [cacheTags.strategies],
  budget_line: [cacheTags.funding, cacheTags.reports],
  budget_line_value: [cacheTags.funding, cacheTags.reports],
  funding_fact: [cacheTags.funding, cacheTags.reports],
  outside_body: [cacheTags.outsideBodies, cacheTags.people, cacheTags.committees],
  appointment: [cacheTags.outsideBodies, cacheTags.people, cacheTags.committees],
  person: EVERYTHING,
  person_alias: [cacheTags.people],
};

export async function revalidateAfterChange(change: PublicChange): Promise<void> {
  for (const tag of TAGS_BY_KIND[change.kind] ?? EVERYTHING) revalidateTag(tag, { expire: 0 });
  for (const slug of change.slugs ?? []) revalidateTag(cacheTags.meeting(slug), { expire: 0 });
  if (change.kind === "committee" || change.kind === "meeting" || change.kind === "person") revalidatePath("/", "layout");
}
