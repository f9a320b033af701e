import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { committeeKey, matchCommittee } from "@/lib/import/entity-resolution";
import type { ParsedPack } from "@/lib/import/parsed";
import { budgetLineKey, type StoredSnapshot } from "./diff";

type Reader = Pick<Database, "select" | "query">;

export type CommitteeResolution =
  | { kind: "match"; id: number; name: string }
  | { kind: "new"; name: string }
  | { kind: "ambiguous"; name: string };

/** Which committee a pack's printed committee name means, as the store will decide it (read-only). */
export async function resolveCommitteeReadOnly(database: Reader, printed: string): Promise<CommitteeResolution> {
  const rows = await database.select({ id: t.committees.id, name: t.committees.name }).from(t.committees);
  const aliases = await database.select().from(t.committeeAliases);
  const known = rows.map((r) => ({ ...r, aliases: aliases.filter((a) => a.committeeId === r.id).map((a) => a.alias) }));
  const exact = aliases.find((a) => a.aliasKey === (committeeKey(printed) || printed.toLowerCase()));
  if (exact) return { kind: "match", id: exact.committeeId, name: rows.find((r) => r.id === exact.committeeId)?.name ?? printed };
  const match = matchCommittee(printed, known);
  if (match.kind === "match") return { kind: "match", id: match.id, name: rows.find((r) => r.id === match.id)!.name };
  return { kind: match.kind, name: printed };
}

/** The meeting a pack would be stored as, when it is already in the database. */
export async function findStoredMeeting(database: Reader, pack: ParsedPack): Promise<t.Meeting | null> {
  if (!pack.meeting.date) return null;
  const committee = await resolveCommitteeReadOnly(database, pack.meeting.committee);
  if (committee.kind !== "match") return null;
  const [row] = await database.select().from(t.meetings)
    .where(and(eq(t.meetings.committeeId, committee.id), eq(t.meetings.meetingDate, pack.meeting.date)));
  return row ?? null;
}

/** What is stored for a meeting, in the shape `diffPackAgainstStored` compares with a new pack. */
export async function loadStoredSnapshot(database: Reader, meeting: t.Meeting): Promise<StoredSnapshot> {
  const items = await database.select().from(t.agendaItems).where(eq(t.agendaItems.meetingId, meeting.id)).orderBy(asc(t.agendaItems.sortOrder));
  const reports = await database.select().from(t.reports).where(eq(t.reports.meetingId, meeting.id)).orderBy(asc(t.reports.sortOrder));
  const minutesRows = await database
    .select({ id: t.minutes.id, meetingDate: t.meetings.meetingDate })
    .from(t.minutes).innerJoin(t.meetings, eq(t.meetings.id, t.minutes.meetingId))
    .where(eq(t.minutes.printedInMeetingId, meeting.id));
  const minutes: StoredSnapshot["minutes"] = [];
  for (const m of minutesRows) {
    const people = await database.select().from(t.attendance).where(eq(t.attendance.minutesId, m.id)).orderBy(asc(t.attendance.sortOrder));
    const entries = await database.select().from(t.minuteEntries).where(eq(t.minuteEntries.minutesId, m.id)).orderBy(asc(t.minuteEntries.sortOrder));
    const resolutions = entries.length
      ? await database.select().from(t.resolutions).where(inArray(t.resolutions.minuteEntryId, entries.map((e) => e.id))).orderBy(asc(t.resolutions.sortOrder))
      : [];
    minutes.push({
      meetingDate: m.meetingDate,
      present: people.filter((p) => p.status === "present").map((p) => p.nameAsPrinted),
      apologies: people.filter((p) => p.status === "apologies").map((p) => p.nameAsPrinted),
      entries: entries.map((e) => ({
        id: e.id, clerkEditedFields: e.clerkEditedFields, numberLabel: e.numberLabel, title: e.title,
        resolutions: resolutions.filter((r) => r.minuteEntryId === e.id).map((r) => ({
          id: r.id, clerkEditedFields: r.clerkEditedFields, text: r.text, outcome: r.outcome,
          votesFor: r.votesFor, votesAgainst: r.votesAgainst, abstentions: r.abstentions,
        })),
      })),
    });
  }
  const facts = await database.select().from(t.fundingFacts).where(eq(t.fundingFacts.meetingId, meeting.id)).orderBy(asc(t.fundingFacts.sortOrder));
  const budget = await database.select().from(t.budgetLineValues).where(eq(t.budgetLineValues.meetingId, meeting.id)).orderBy(asc(t.budgetLineValues.sortOrder));
  const updates = await database
    .select({ description: t.actions.description })
    .from(t.actionUpdates).innerJoin(t.actions, eq(t.actions.id, t.actionUpdates.actionId))
    .where(eq(t.actionUpdates.reportedAtMeetingId, meeting.id));
  const itemNumber = new Map(items.map((i) => [i.id, i.numberLabel]));
  return {
    meeting: {
      id: meeting.id, slug: meeting.slug, publication: meeting.publication, clerkEditedFields: meeting.clerkEditedFields,
      startTime: meeting.startTime, venue: meeting.venue, room: meeting.room, isVirtual: meeting.isVirtual,
    },
    agendaItems: items.map((i) => ({ id: i.id, clerkEditedFields: i.clerkEditedFields, numberLabel: i.numberLabel, title: i.title })),
    reports: reports.map((r) => ({ id: r.id, clerkEditedFields: r.clerkEditedFields, title: r.title, agendaItem: r.agendaItemId === null ? null : itemNumber.get(r.agendaItemId) ?? null })),
    minutes,
    fundingFacts: facts.map((f) => `${f.label}: ${f.asPrinted}`),
    budgetLines: budget.map((b) => budgetLineKey({ table: b.tableName, line: b.lineAsPrinted, budget: b.budget, actual: b.actual, variance: b.variance })),
    actionLog: updates.map((u) => u.description),
  };
}
