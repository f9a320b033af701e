import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { appointments, committees, meetings, outsideBodies, people, sourceDocuments } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import type { MeetingRef } from "@/lib/queries/committees";
import { readerFlagsAt } from "@/lib/queries/import-notes";

export interface Representative {
  nameAsPrinted: string;
  /** The person's page, when the name was matched to a published person. */
  person: { name: string; slug: string } | null;
  party: string | null;
  isSubstitute: boolean;
}

export interface OutsideBodyListEntry {
  slug: string;
  number: number | null;
  name: string;
  description: string | null;
  meetingsPerAnnum: string | null;
  repsAppointed: string | null;
  appointingCommittee: { slug: string; name: string } | null;
  /** The newest list of representatives. */
  representatives: Representative[];
  listedAt: MeetingRef | null;
}

export interface OutsideBodyDetail extends OutsideBodyListEntry {
  contact: string | null;
  /** Lists printed in earlier packs, newest first (the current one is `representatives`). */
  earlierListings: { listedAt: MeetingRef | null; representatives: Representative[] }[];
  source: { fileName: string; meeting: MeetingRef | null } | null;
  /** Plain-words flags where the record could not be read with certainty (e.g. the list is cut short). */
  flags: string[];
}

type AppointmentRow = {
  outsideBodyId: number;
  nameAsPrinted: string;
  party: string | null;
  isSubstitute: boolean;
  personName: string | null;
  personSlug: string | null;
  meetingSlug: string | null;
  meetingDate: string | null;
};

/** Split a body's appointments into lists by the pack that printed them, newest first. */
export function listingsByPack(rows: Omit<AppointmentRow, "outsideBodyId">[]): { listedAt: MeetingRef | null; representatives: Representative[] }[] {
  const groups = new Map<string, { listedAt: MeetingRef | null; representatives: Representative[] }>();
  for (const r of rows) {
    const key = r.meetingDate ?? "";
    if (!groups.has(key)) groups.set(key, { listedAt: r.meetingSlug && r.meetingDate ? { slug: r.meetingSlug, date: r.meetingDate } : null, representatives: [] });
    groups.get(key)!.representatives.push({
      nameAsPrinted: r.nameAsPrinted,
      person: r.personSlug && r.personName ? { name: r.personName, slug: r.personSlug } : null,
      party: r.party,
      isSubstitute: r.isSubstitute,
    });
  }
  return [...groups.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([, g]) => ({
    ...g,
    // Representatives first, then substitutes, each in printed order.
    representatives: [...g.representatives.filter((r) => !r.isSubstitute), ...g.representatives.filter((r) => r.isSubstitute)],
  }));
}

const bodyColumns = {
  id: outsideBodies.id, slug: outsideBodies.slug, number: outsideBodies.number, name: outsideBodies.name,
  description: outsideBodies.description, meetingsPerAnnum: outsideBodies.meetingsPerAnnum, repsAppointed: outsideBodies.repsAppointed,
  contact: outsideBodies.contact, committeeSlug: committees.slug, committeeName: committees.name,
  sourceDocumentId: outsideBodies.sourceDocumentId, sourceLine: outsideBodies.sourceLine,
};

/** Appointments of one body, of several (a list page's), or of every body when `bodyId` is undefined. */
async function appointmentRows(bodyId?: number | number[]): Promise<AppointmentRow[]> {
  return db
    .select({
      outsideBodyId: appointments.outsideBodyId, nameAsPrinted: appointments.nameAsPrinted, party: appointments.party,
      isSubstitute: appointments.isSubstitute, personName: people.fullName, personSlug: people.slug,
      meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
    })
    .from(appointments)
    .leftJoin(people, joinPublic.person(appointments.personId))
    .leftJoin(meetings, joinPublic.meeting(appointments.listedAtMeetingId))
    .where(bodyId === undefined ? undefined : Array.isArray(bodyId) ? inArray(appointments.outsideBodyId, bodyId) : eq(appointments.outsideBodyId, bodyId))
    .orderBy(asc(appointments.sortOrder), asc(appointments.id));
}

type BodyRow = Awaited<ReturnType<typeof selectBodies>>[number];

function selectBodies() {
  return db.select(bodyColumns).from(outsideBodies)
    .leftJoin(committees, joinPublic.committee(outsideBodies.appointingCommitteeId))
    .where(isPublic.outsideBody)
    .orderBy(asc(outsideBodies.name), asc(outsideBodies.id));
}

/** Each body with the representatives of the newest pack that lists it. */
function toListEntries(bodies: BodyRow[], reps: AppointmentRow[]): OutsideBodyListEntry[] {
  const repsOf = new Map<number, Omit<AppointmentRow, "outsideBodyId">[]>();
  for (const r of reps) repsOf.set(r.outsideBodyId, [...(repsOf.get(r.outsideBodyId) ?? []), r]);
  return bodies.map((b) => {
    const [current] = listingsByPack(repsOf.get(b.id) ?? []);
    return {
      slug: b.slug, number: b.number, name: b.name, description: b.description, meetingsPerAnnum: b.meetingsPerAnnum,
      repsAppointed: b.repsAppointed,
      appointingCommittee: b.committeeSlug && b.committeeName ? { slug: b.committeeSlug, name: b.committeeName } : null,
      representatives: current?.representatives ?? [], listedAt: current?.listedAt ?? null,
    };
  });
}

export const listPublishedOutsideBodies = cachedQuery(
  "listPublishedOutsideBodies", [cacheTags.outsideBodies, cacheTags.people, cacheTags.committees, cacheTags.meetings],
  async (): Promise<OutsideBodyListEntry[]> => {
    const [bodies, reps] = await Promise.all([selectBodies(), appointmentRows()]);
    return toListEntries(bodies, reps);
  },
);

export interface OutsideBodiesPage { total: number; bodies: OutsideBodyListEntry[] }

/** One page of the published outside bodies, A to Z, reading only that page's appointments. */
export const listOutsideBodiesPage = cachedPagedQuery(
  "listOutsideBodiesPage", [cacheTags.outsideBodies, cacheTags.people, cacheTags.committees, cacheTags.meetings],
  async (page: number = 1): Promise<OutsideBodiesPage> => {
    const { limit, offset } = pageSlice(page);
    const [total, bodies] = await Promise.all([countListRows("outside-bodies"), selectBodies().limit(limit).offset(offset)]);
    const reps = bodies.length ? await appointmentRows(bodies.map((b) => b.id)) : [];
    return { total, bodies: toListEntries(bodies, reps) };
  },
);

export async function listOutsideBodySlugs(): Promise<string[]> {
  return (await listPublishedOutsideBodies()).map((b) => b.slug);
}

/** A published outside body's page; null when it is not public. */
export function getOutsideBodyBySlug(slug: string): Promise<OutsideBodyDetail | null> {
  return cachedRecord("getOutsideBodyBySlug", slug, [
    cacheTags.outsideBody(slug), cacheTags.people, cacheTags.committees, cacheTags.meetings,
  ], loadOutsideBody);
}

async function loadOutsideBody(slug: string): Promise<OutsideBodyDetail | null> {
  const [b] = await db.select({ ...bodyColumns, fileName: sourceDocuments.fileName }).from(outsideBodies)
    .leftJoin(committees, joinPublic.committee(outsideBodies.appointingCommitteeId))
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, outsideBodies.sourceDocumentId))
    .where(and(eq(outsideBodies.slug, slug), isPublic.outsideBody));
  if (!b) return null;
  const [listings, sourceMeeting, notes] = await Promise.all([
    appointmentRows(b.id).then(listingsByPack),
    b.sourceDocumentId === null
      ? Promise.resolve(undefined)
      : db.select({ slug: meetings.slug, date: meetings.meetingDate }).from(meetings)
        .where(and(eq(meetings.sourceDocumentId, b.sourceDocumentId), isPublic.meeting)).then((r) => r[0]),
    b.sourceDocumentId !== null && b.sourceLine !== null
      ? readerFlagsAt([{ documentId: b.sourceDocumentId, line: b.sourceLine }])
      : Promise.resolve(new Map<string, string[]>()),
  ]);
  const [current, ...earlier] = listings;
  return {
    slug: b.slug, number: b.number, name: b.name, description: b.description, meetingsPerAnnum: b.meetingsPerAnnum,
    repsAppointed: b.repsAppointed, contact: b.contact,
    appointingCommittee: b.committeeSlug && b.committeeName ? { slug: b.committeeSlug, name: b.committeeName } : null,
    representatives: current?.representatives ?? [], listedAt: current?.listedAt ?? null,
    earlierListings: earlier,
    source: b.fileName ? { fileName: b.fileName, meeting: sourceMeeting ?? null } : null,
    flags: notes.get(`${b.sourceDocumentId}:${b.sourceLine}`) ?? [],
  };
}

/** Email addresses and phone numbers inside free-text contact details, so they can be links. */
export type ContactPart = { kind: "text" | "email" | "phone"; value: string };

export function splitContactText(text: string): ContactPart[] {
  const pattern = /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})|((?:\+44\s?|0)\d{3,4}\s?\d{3}\s?\d{3,4})/g;
  const parts: ContactPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ kind: "text", value: text.slice(last, m.index) });
    parts.push({ kind: m[1] ? "email" : "phone", value: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", value: text.slice(last) });
  return parts;
}
