import "server-only";
import { and, asc, eq, max, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { agendaItems, committees, meetings, minutes, reports, sourceDocuments } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedRecord } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";
import { locateItemPapers, type ItemExtent } from "@/lib/papers/item-extent";
import { itemPathLabel } from "@/lib/papers/paths";


export interface ItemPapers {
  number: string;
  /** The item's number as it appears in the address. */
  pathLabel: string;
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  report: { slug: string; title: string } | null;
  extent: ItemExtent;
}

export interface MeetingPapers {
  meeting: {
    slug: string; date: string; committee: { name: string; slug: string };
    startTime: string | null; venue: string | null; isVirtual: boolean;
  };
  pack: { fileName: string; mediaType: string; hasOriginal: boolean; pageCount: number | null; attribution: string | null };
  items: ItemPapers[];
}

/** A public meeting's agenda items that have papers in its pack, each with its part of the pack; null without a pack. */
export function getMeetingPapers(meetingSlug: string): Promise<MeetingPapers | null> {
  return cachedRecord("getMeetingPapers", meetingSlug, [cacheTags.meeting(meetingSlug)], loadMeetingPapers);
}

async function loadMeetingPapers(meetingSlug: string): Promise<MeetingPapers | null> {
  const [row] = await db
    .select({
      id: meetings.id, slug: meetings.slug, date: meetings.meetingDate, startTime: meetings.startTime, venue: meetings.venue,
      isVirtual: meetings.isVirtual, committeeName: committees.name, committeeSlug: committees.slug,
      docId: sourceDocuments.id, content: sourceDocuments.content, fileName: sourceDocuments.fileName,
      mediaType: sourceDocuments.mediaType, hasOriginal: sql<number>`${sourceDocuments.original} is not null`, pageCount: sourceDocuments.pageCount,
      attribution: sourceDocuments.attribution,
    })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .innerJoin(sourceDocuments, eq(sourceDocuments.id, meetings.sourceDocumentId))
    .where(and(eq(meetings.slug, meetingSlug), isPublic.meeting))
    .limit(1);
  if (!row) return null;
  const [itemRows, reportRows, minutesRows, [frontSheet]] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, row.id)).orderBy(asc(agendaItems.sortOrder)),
    db.select({ slug: reports.slug, title: reports.title, agendaItemId: reports.agendaItemId, line: reports.sourceLine, docId: reports.sourceDocumentId })
      .from(reports).where(and(eq(reports.meetingId, row.id), isPublic.report)),
    db.select({ line: minutes.sourceLine }).from(minutes)
      .where(and(eq(minutes.printedInMeetingId, row.id), eq(minutes.sourceDocumentId, row.docId))),
    db.select({ end: max(agendaItems.sourceLine) }).from(agendaItems).where(eq(agendaItems.meetingId, row.id)),
  ]);
  const minutesLine = minutesRows.map((m) => m.line).find((l) => l !== null) ?? null;
  const itemsForExtent = itemRows.map((i) => {
    const report = reportRows.find((r) => r.agendaItemId === i.id && r.docId === row.docId);
    return {
      number: i.numberLabel, title: i.title, pageStart: i.pageStart, pageEnd: i.pageEnd,
      knownStartLine: report?.line ?? (i.itemKind === "minutes" ? minutesLine : null),
    };
  });
  const extents = locateItemPapers(row.content, itemsForExtent, frontSheet?.end ?? 0);
  const items: ItemPapers[] = [];
  for (const i of itemRows) {
    const extent = extents.get(i.numberLabel);
    if (!extent) continue;
    const report = reportRows.find((r) => r.agendaItemId === i.id);
    items.push({
      number: i.numberLabel, pathLabel: itemPathLabel(i.numberLabel), title: i.title, pageStart: i.pageStart, pageEnd: i.pageEnd,
      report: report ? { slug: report.slug, title: report.title } : null, extent,
    });
  }
  return {
    meeting: {
      slug: row.slug, date: row.date, committee: { name: row.committeeName, slug: row.committeeSlug },
      startTime: row.startTime, venue: row.venue, isVirtual: row.isVirtual,
    },
    pack: {
      fileName: row.fileName, mediaType: row.mediaType, hasOriginal: Boolean(row.hasOriginal), pageCount: row.pageCount,
      attribution: row.attribution,
    },
    items,
  };
}

/** One item's papers; null when the meeting is not public or the item has none. */
export async function getItemPapers(meetingSlug: string, pathLabel: string): Promise<{ meeting: MeetingPapers["meeting"]; pack: MeetingPapers["pack"]; item: ItemPapers; items: ItemPapers[] } | null> {
  const papers = await getMeetingPapers(meetingSlug);
  const item = papers?.items.find((i) => i.pathLabel === pathLabel);
  return papers && item ? { meeting: papers.meeting, pack: papers.pack, item, items: papers.items } : null;
}

/** Every (meeting, item) with papers, for static generation. */
export async function listItemPaperParams(meetingSlugs: string[]): Promise<{ slug: string; item: string }[]> {
  const all = await Promise.all(meetingSlugs.map(async (slug) => ((await getMeetingPapers(slug))?.items ?? []).map((i) => ({ slug, item: i.pathLabel }))));
  return all.flat();
}

/** The pack as received, for the "original" download: bytes and media type. Not cached (a PDF can be megabytes). */
export async function getOriginalPack(meetingSlug: string): Promise<{ bytes: Uint8Array; mediaType: string; fileName: string } | null> {
  const [row] = await db
    .select({ original: sourceDocuments.original, content: sourceDocuments.content, mediaType: sourceDocuments.mediaType, fileName: sourceDocuments.fileName })
    .from(meetings)
    .innerJoin(sourceDocuments, eq(sourceDocuments.id, meetings.sourceDocumentId))
    .where(and(eq(meetings.slug, meetingSlug), isPublic.meeting))
    .limit(1);
  if (!row) return null;
  if (row.original) return { bytes: new Uint8Array(row.original), mediaType: row.mediaType, fileName: row.fileName };
  // A text pack is its own original: the text as imported.
  return { bytes: new TextEncoder().encode(row.content), mediaType: "text/plain; charset=utf-8", fileName: row.fileName };
}
