/**
 * The search scopes an agenda pack's import can change (lib/mutations/import-pack.ts), so that
 * the import re-reads those and not its committee's whole history, whose size grows with every
 * pack (a large council's committee holds thousands of documents; re-reading it on each import
 * made loading fifteen years quadratic). Read once before the pack is written and once after, so
 * records it moves or removes are re-read where they were as well as where they are:
 * - the pack's meeting (its reports, agenda plan, strategies, budget figures) and each meeting
 *   whose minutes it prints (their minutes and decisions);
 * - its committee's own document, actions (the action log updates actions of earlier meetings)
 *   and outside bodies, and the outside bodies it names wherever they were appointed from;
 * - the shared scope: the people it names and outside bodies no committee appoints to.
 */
import { sql } from "drizzle-orm";
import type { IndexWriter } from "./indexer";
import type { SearchScope } from "./documents";

export async function packSearchScopes(db: IndexWriter, committeeId: number, meetingId: number | null, outsideBodyKeys: string[]): Promise<SearchScope[]> {
  const scopes: SearchScope[] = [{ committeeId, kinds: ["committee", "action", "outside-body"] }, { committeeId: null }];
  if (meetingId !== null) {
    scopes.push({ committeeId, meetingId });
    const printed = await db.all<{ meetingId: number; committeeId: number }>(sql`select mi.meeting_id as meetingId, m.committee_id as committeeId
      from minutes mi join meetings m on m.id = mi.meeting_id where mi.printed_in_meeting_id = ${meetingId}`);
    for (const r of printed) scopes.push({ committeeId: Number(r.committeeId), meetingId: Number(r.meetingId) });
  }
  if (outsideBodyKeys.length) {
    const bodies = await db.all<{ committeeId: number | null }>(sql`select distinct appointing_committee_id as committeeId from outside_bodies
      where name_key in (${sql.join(outsideBodyKeys.map((k) => sql`${k}`), sql`, `)})`);
    for (const r of bodies) if (r.committeeId !== null) scopes.push({ committeeId: Number(r.committeeId), kinds: ["outside-body"] });
  }
  return scopes;
}
