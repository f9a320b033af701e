/**
 * The dashboard's writes name what they changed by record type (`agenda_item`, `resolution`…),
 * with the record's id and the slugs of the record and the meeting it sits in. This turns that
 * into the public changes `revalidateAfterChange` understands: a record with a page of its own
 * revalidates that page and what shows it; a part of a meeting (an agenda item, a report's
 * recommendation, an attendance row) revalidates its meeting and what hangs off it. A record
 * that belongs to no page we can name (an alias, a post, an action update) revalidates every
 * public page: correct, if not exact, for rare edits.
 */
import "server-only";
import { revalidateAfterChange, type PublicChange } from "@/lib/publishing/revalidate";

export interface RecordChange {
  kind: string;
  id: number;
  /** The record's own slug first when it has one, then its meeting's. */
  slugs?: string[];
}

/** Record types with a public page of their own, and that page's kind. */
const OWN_PAGE: Record<string, PublicChange["kind"]> = {
  committee: "committee", meeting: "meeting", report: "report", resolution: "decision", action: "action",
  person: "person", outside_body: "outside-body", strategy: "strategy",
};

export function publicChangesFor(change: RecordChange): PublicChange[] {
  const slugs = change.slugs ?? [];
  const own = OWN_PAGE[change.kind];
  if (own && slugs[0]) {
    const meetingSlug = own === "meeting" ? undefined : slugs[1];
    return [{ kind: own, slug: slugs[0], ...(meetingSlug ? { meetingSlug } : {}) }];
  }
  if (change.kind === "minutes" && slugs[0]) return [{ kind: "minutes", meetingSlug: slugs[0] }];
  const meetingSlug = slugs[slugs.length - 1];
  if (meetingSlug) return [{ kind: "meeting", slug: meetingSlug }, { kind: "minutes", meetingSlug }];
  return [{ kind: "import" }];
}

export async function revalidateRecordChange(change: RecordChange): Promise<void> {
  await revalidateAfterChange(publicChangesFor(change));
}
