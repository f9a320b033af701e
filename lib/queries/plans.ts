import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { importNotesAt } from "@/lib/queries/import-notes";
import { agendaPlanEntries, committees, meetings } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedQuery } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";

export interface PlanEntryView {
  item: string;
  leadOfficer: string | null;
  /** The forward plan reference when the plan marks the item as a key decision. */
  keyDecisionRef: string | null;
  draftDeadline: string | null;
  despatchDate: string | null;
}

export interface PlannedMeeting {
  /** ISO date, or null when the plan's date could not be read (then `dateAsPrinted` is shown). */
  date: string | null;
  dateAsPrinted: string | null;
  isReserve: boolean;
  isProvisional: boolean;
  entries: PlanEntryView[];
  /** The meeting's own page, when that meeting is in the database. */
  meetingSlug: string | null;
  /** What the importer noted about these rows of the plan. */
  notes: string[];
}

export interface CommitteePlan {
  committee: { name: string; slug: string };
  /** The pack whose agenda plan this is: the newest pack of the committee that carried one. */
  publishedWith: { slug: string; date: string; packFileName: string | null };
  meetings: PlannedMeeting[];
  /** Older packs that also carried a plan (superseded by this one). */
  earlierPackDates: string[];
}

/** A key decision reference is a real reference ("2018/052"), not a placeholder ("Not applicable", "N/A"). */
export function isKeyDecisionRef(ref: string | null | undefined): ref is string {
  const s = ref?.trim();
  if (!s) return false;
  return !/^(n\/?a|not applicable|none|no|-+|–)$/i.test(s);
}

/** The forward plan of each committee, as printed in its newest pack, grouped by committee date. */
export const listForwardPlans = cachedQuery(
  "listForwardPlans", [cacheTags.plans, cacheTags.meetings],
  async (): Promise<CommitteePlan[]> => {
    const packs = await db
      .selectDistinct({
        committeeId: agendaPlanEntries.committeeId, committeeName: committees.name, committeeSlug: committees.slug,
        meetingId: meetings.id, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      })
      .from(agendaPlanEntries)
      .innerJoin(meetings, eq(meetings.id, agendaPlanEntries.publishedWithMeetingId))
      .innerJoin(committees, eq(committees.id, agendaPlanEntries.committeeId))
      .where(isPublic.agendaPlanEntry)
      .orderBy(asc(committees.name), desc(meetings.meetingDate));
    const newest = new Map<number, (typeof packs)[number]>();
    const earlier = new Map<number, string[]>();
    for (const p of packs) {
      if (!newest.has(p.committeeId)) newest.set(p.committeeId, p);
      else earlier.set(p.committeeId, [...(earlier.get(p.committeeId) ?? []), p.meetingDate]);
    }
    const plans: CommitteePlan[] = [];
    for (const pack of newest.values()) {
      const [rows, packMeeting, committeeMeetings] = await Promise.all([
        db.select().from(agendaPlanEntries)
          .where(and(eq(agendaPlanEntries.committeeId, pack.committeeId), eq(agendaPlanEntries.publishedWithMeetingId, pack.meetingId)))
          .orderBy(asc(agendaPlanEntries.sortOrder), asc(agendaPlanEntries.id)),
        db.query.meetings.findFirst({ where: eq(meetings.id, pack.meetingId), with: { sourceDocument: { columns: { fileName: true } } } }),
        db.select({ slug: meetings.slug, date: meetings.meetingDate }).from(meetings)
          .where(and(eq(meetings.committeeId, pack.committeeId), isPublic.meeting)),
      ]);
      const notes = await importNotesAt(rows.map((r) => ({ documentId: r.sourceDocumentId, line: r.sourceLine })));
      const groups: PlannedMeeting[] = [];
      for (const r of rows) {
        const key = r.meetingDate ?? r.meetingDateAsPrinted;
        let group = groups.find((g) => (g.date ?? g.dateAsPrinted) === key);
        if (!group) {
          group = {
            date: r.meetingDate, dateAsPrinted: r.meetingDateAsPrinted, isReserve: false, isProvisional: false, entries: [],
            meetingSlug: committeeMeetings.find((m) => m.date === r.meetingDate)?.slug ?? null, notes: [],
          };
          groups.push(group);
        }
        group.isReserve ||= r.isReserve;
        group.isProvisional ||= r.isProvisional;
        group.entries.push({
          item: r.item, leadOfficer: r.leadOfficer, keyDecisionRef: isKeyDecisionRef(r.keyDecisionRef) ? r.keyDecisionRef.trim() : null,
          draftDeadline: r.draftDeadline, despatchDate: r.despatchDate,
        });
        for (const n of notes.get(`${r.sourceDocumentId}:${r.sourceLine}`) ?? []) if (!group.notes.includes(n)) group.notes.push(n);
      }
      plans.push({
        committee: { name: pack.committeeName, slug: pack.committeeSlug },
        publishedWith: { slug: pack.meetingSlug, date: pack.meetingDate, packFileName: packMeeting?.sourceDocument?.fileName ?? null },
        meetings: groups,
        earlierPackDates: earlier.get(pack.committeeId) ?? [],
      });
    }
    return plans;
  },
);

