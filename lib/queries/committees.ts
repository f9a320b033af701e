import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { readerFlagsAt } from "@/lib/queries/import-notes";
import {
  actions, agendaPlanEntries, authorities, championRoles, committeeAliases, committeeMemberships, committees, 
  meetings, minutes, outsideBodies, appointments, people, workshopItems, workshops,
} from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import { isCurrentChampionRole, selectChampionRoles, type ChampionRole } from "@/lib/queries/champion-roles";
import { meetingStatus, type MeetingStatus } from "@/lib/queries/meetings";

export type MembershipRole = "chair" | "vice_chair" | "member" | "substitute";

export interface MeetingRef { slug: string; date: string }

export interface SnapshotMember {
  personSlug: string;
  name: string;
  party: string | null;
  role: MembershipRole;
  roleAsPrinted: string | null;
}

/** The membership as printed on one meeting's front sheet. */
export interface MembershipSnapshot {
  meeting: MeetingRef;
  members: SnapshotMember[];
}

export interface MembershipChange {
  from: MeetingRef;
  to: MeetingRef;
  joined: SnapshotMember[];
  left: SnapshotMember[];
  roleChanged: { member: SnapshotMember; before: SnapshotMember }[];
}

const ROLE_ORDER: Record<MembershipRole, number> = { chair: 0, vice_chair: 1, member: 2, substitute: 3 };

/** Chair first, then vice-chair, members and substitutes, each in printed order. */
export function orderMembers<T extends { role: MembershipRole }>(members: T[]): T[] {
  return members.map((m, i) => ({ m, i })).sort((a, b) => ROLE_ORDER[a.m.role] - ROLE_ORDER[b.m.role] || a.i - b.i).map((x) => x.m);
}

/**
 * Who joined, who left and whose role changed between consecutive front sheets. Snapshots may
 * come in any order; the result runs oldest first. Only meetings whose pack lists members count,
 * so a gap in the packs shows as one change across several meetings.
 */
export function membershipChanges(snapshots: MembershipSnapshot[]): MembershipChange[] {
  const sorted = [...snapshots].filter((s) => s.members.length > 0).sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
  const changes: MembershipChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = new Map(sorted[i - 1].members.map((m) => [m.personSlug, m]));
    const after = new Map(sorted[i].members.map((m) => [m.personSlug, m]));
    const joined = sorted[i].members.filter((m) => !before.has(m.personSlug));
    const left = sorted[i - 1].members.filter((m) => !after.has(m.personSlug));
    const roleChanged = sorted[i].members
      .filter((m) => before.has(m.personSlug) && before.get(m.personSlug)!.role !== m.role)
      .map((m) => ({ member: m, before: before.get(m.personSlug)! }));
    changes.push({ from: sorted[i - 1].meeting, to: sorted[i].meeting, joined, left, roleChanged });
  }
  return changes;
}

export interface PlannedMeeting {
  date: string | null;
  dateAsPrinted: string | null;
  isReserve: boolean;
  isProvisional: boolean;
  items: { item: string; leadOfficer: string | null; keyDecisionRef: string | null }[];
}

/** Agenda-plan rows grouped by committee date, in plan order (rows without a date join the previous date). */
export function groupPlanEntries(
  rows: { meetingDate: string | null; meetingDateAsPrinted: string | null; isReserve: boolean; isProvisional: boolean; item: string; leadOfficer: string | null; keyDecisionRef: string | null }[],
): PlannedMeeting[] {
  const out: PlannedMeeting[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    const item = { item: r.item, leadOfficer: r.leadOfficer, keyDecisionRef: r.keyDecisionRef };
    if (last && (r.meetingDate === null || r.meetingDate === last.date)) {
      last.items.push(item);
      last.isReserve ||= r.isReserve;
      last.isProvisional ||= r.isProvisional;
    } else {
      out.push({ date: r.meetingDate, dateAsPrinted: r.meetingDateAsPrinted, isReserve: r.isReserve, isProvisional: r.isProvisional, items: [item] });
    }
  }
  return out;
}

// ───────────────────────────── list ─────────────────────────────

export interface CommitteeListEntry {
  slug: string;
  name: string;
  description: string | null;
  meetingCount: number;
  firstMeetingDate: string | null;
  latestMeeting: MeetingRef | null;
  chair: { name: string; slug: string; roleAsPrinted: string | null } | null;
  openActionCount: number;
}

export const listPublishedCommittees = cachedQuery(
  "listPublishedCommittees", [cacheTags.committees, cacheTags.meetings, cacheTags.people, cacheTags.actions],
  async (): Promise<CommitteeListEntry[]> => {
    const [committeeRows, meetingRows, memberRows, actionRows] = await Promise.all([
      db.select({ id: committees.id, slug: committees.slug, name: committees.name, description: committees.description })
        .from(committees).where(isPublic.committee).orderBy(asc(committees.name)),
      db.select({ committeeId: meetings.committeeId, slug: meetings.slug, date: meetings.meetingDate })
        .from(meetings).where(isPublic.meeting).orderBy(asc(meetings.meetingDate)),
      db.select({
        committeeId: committeeMemberships.committeeId, meetingId: committeeMemberships.asAtMeetingId, meetingDate: meetings.meetingDate,
        role: committeeMemberships.role, roleAsPrinted: committeeMemberships.roleAsPrinted, name: people.fullName, slug: people.slug,
      })
        .from(committeeMemberships)
        .innerJoin(people, eq(people.id, committeeMemberships.personId))
        .innerJoin(meetings, eq(meetings.id, committeeMemberships.asAtMeetingId))
        .where(and(isPublic.person, isPublic.meeting)),
      db.select({ committeeId: actions.committeeId }).from(actions)
        .where(and(isPublic.action, eq(actions.isComplete, false))),
    ]);
    return committeeRows.map((c) => {
      const own = meetingRows.filter((m) => m.committeeId === c.id);
      const members = memberRows.filter((m) => m.committeeId === c.id);
      const latestDate = members.reduce<string | null>((acc, m) => (acc === null || m.meetingDate > acc ? m.meetingDate : acc), null);
      const chair = members.find((m) => m.meetingDate === latestDate && m.role === "chair");
      const latest = own[own.length - 1];
      return {
        slug: c.slug, name: c.name, description: c.description, meetingCount: own.length,
        firstMeetingDate: own[0]?.date ?? null,
        latestMeeting: latest ? { slug: latest.slug, date: latest.date } : null,
        chair: chair ? { name: chair.name, slug: chair.slug, roleAsPrinted: chair.roleAsPrinted } : null,
        openActionCount: actionRows.filter((a) => a.committeeId === c.id).length,
      };
    });
  },
);

export async function listCommitteeSlugs(): Promise<string[]> {
  return (await listPublishedCommittees()).map((c) => c.slug);
}

// ───────────────────────────── detail ─────────────────────────────

export interface CommitteeMeeting extends MeetingRef {
  status: MeetingStatus;
  startTime: string | null;
  isVirtual: boolean;
  hasAgenda: boolean;
  hasMinutes: boolean;
}

export interface CommitteeAction {
  slug: string;
  minuteNumber: string | null;
  itemTitle: string | null;
  description: string;
  responsible: string | null;
  status: string | null;
  originMeetingDate: string | null;
  originMeeting: MeetingRef | null;
}

export interface CommitteeWorkshop {
  date: string | null;
  dateAsPrinted: string;
  items: { number: string | null; title: string; presenter: string | null }[];
  /** Plain-words flags where the row could not be read with certainty (e.g. topics run together). */
  flags: string[];
}

export interface CommitteeDetail {
  slug: string;
  name: string;
  shortName: string | null;
  description: string | null;
  /** Other names the packs print for this committee. */
  alsoPrintedAs: string[];
  council: { name: string; website: string | null };
  /** Every public meeting of the committee: how many, the first and the latest date. */
  meetingCount: number;
  firstMeetingDate: string | null;
  latestMeetingDate: string | null;
  /** The newest meetings (upcoming first), at most SUMMARY_MEETINGS: the page is a summary; /committees/<slug>/meetings lists all. */
  meetings: CommitteeMeeting[];
  snapshots: MembershipSnapshot[];
  current: MembershipSnapshot | null;
  changes: MembershipChange[];
  plan: { publishedWith: MeetingRef; meetings: PlannedMeeting[] } | null;
  /** The newest open actions, at most SUMMARY_OPEN_ACTIONS; /committees/<slug>/actions lists all. */
  openActions: CommitteeAction[];
  openActionCount: number;
  completedActionCount: number;
  workshops: { publishedWith: MeetingRef; entries: CommitteeWorkshop[] } | null;
  outsideBodies: { slug: string; name: string; repsAppointed: string | null; representatives: number }[];
  champions: {
    /** Open champion roles of the members on the newest front sheet. */
    current: ChampionRole[];
    /** Every spell the papers record, by area, newest first. */
    history: ChampionRole[];
  };
  updatedAt: string;
}

/** A published committee's name, for the headings of its own lists; null when it is not public. */
export function getCommitteeHeading(slug: string): Promise<{ slug: string; name: string } | null> {
  return cachedRecord("getCommitteeHeading", slug, [cacheTags.committee(slug)], async (s) => {
    const [row] = await db.select({ slug: committees.slug, name: committees.name }).from(committees)
      .where(and(eq(committees.slug, s), isPublic.committee));
    return row ?? null;
  });
}

/** How many of its newest meetings and open actions a committee's page shows (the rest are a link away). */
export const SUMMARY_MEETINGS = 12;
export const SUMMARY_OPEN_ACTIONS = 10;

/** A published committee's page; null when it is not public. */
export function getCommitteeBySlug(slug: string): Promise<CommitteeDetail | null> {
  return cachedRecord("getCommitteeBySlug", slug, [
    cacheTags.committee(slug), cacheTags.people, cacheTags.outsideBodies,
  ], loadCommittee);
}

async function loadCommittee(slug: string): Promise<CommitteeDetail | null> {
  const [committee] = await db
    .select({
      id: committees.id, slug: committees.slug, name: committees.name, shortName: committees.shortName,
      description: committees.description, updatedAt: committees.updatedAt, councilName: authorities.name, councilWebsite: authorities.website,
    })
    .from(committees)
    .innerJoin(authorities, eq(authorities.id, committees.authorityId))
    .where(and(eq(committees.slug, slug), isPublic.committee));
  if (!committee) return null;
  const cid = committee.id;

  const [aliasRows, meetingRows, minutesRows, memberRows, actionRows, bodyRows, actionCounts] = await Promise.all([
    db.select({ alias: committeeAliases.alias }).from(committeeAliases).where(eq(committeeAliases.committeeId, cid)).orderBy(asc(committeeAliases.id)),
    db.select({
      id: meetings.id, slug: meetings.slug, date: meetings.meetingDate, status: meetings.status, startTime: meetings.startTime,
      isVirtual: meetings.isVirtual, sourceDocumentId: meetings.sourceDocumentId,
    })
      .from(meetings).where(and(eq(meetings.committeeId, cid), isPublic.meeting)).orderBy(desc(meetings.meetingDate)),
    db.select({ meetingId: minutes.meetingId }).from(minutes).innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(and(eq(meetings.committeeId, cid), isPublic.minutes)),
    db.select({
      meetingId: committeeMemberships.asAtMeetingId, role: committeeMemberships.role, roleAsPrinted: committeeMemberships.roleAsPrinted,
      personSlug: people.slug, name: people.fullName, party: people.party,
    })
      .from(committeeMemberships).innerJoin(people, eq(people.id, committeeMemberships.personId))
      .where(and(eq(committeeMemberships.committeeId, cid), isPublic.person))
      .orderBy(asc(committeeMemberships.id)),
    // The summary lists the newest open actions only; the committee's actions page has them all.
    db.select({
      slug: actions.slug, minuteNumber: actions.minuteNumber, itemTitle: actions.itemTitle, description: actions.description,
      responsible: actions.responsible, status: actions.status, isComplete: actions.isComplete,
      originMeetingDate: actions.originMeetingDate, originMeetingId: actions.originMeetingId,
    })
      .from(actions).where(and(eq(actions.committeeId, cid), isPublic.action, eq(actions.isComplete, false)))
      .orderBy(desc(sql`coalesce(${actions.originMeetingDate}, '')`), asc(actions.id)).limit(SUMMARY_OPEN_ACTIONS),
    db.select({ id: outsideBodies.id, slug: outsideBodies.slug, name: outsideBodies.name, repsAppointed: outsideBodies.repsAppointed, number: outsideBodies.number })
      .from(outsideBodies)
      .where(and(eq(outsideBodies.appointingCommitteeId, cid), isPublic.outsideBody))
      .orderBy(asc(outsideBodies.number), asc(outsideBodies.name)),
    db.select({ isComplete: actions.isComplete, n: count() }).from(actions)
      .where(and(eq(actions.committeeId, cid), isPublic.action)).groupBy(actions.isComplete),
  ]);

  const meetingById = new Map(meetingRows.map((m) => [m.id, m]));
  const withMinutes = new Set(minutesRows.map((m) => m.meetingId));
  const ref = (id: number | null): MeetingRef | null => {
    const m = id === null ? undefined : meetingById.get(id);
    return m ? { slug: m.slug, date: m.date } : null;
  };

  const snapshots: MembershipSnapshot[] = [];
  for (const m of [...meetingRows].reverse()) {
    const members = memberRows.filter((r) => r.meetingId === m.id);
    if (members.length) {
      snapshots.push({
        meeting: { slug: m.slug, date: m.date },
        members: orderMembers(members.map(({ meetingId: _, ...r }) => r)),
      });
    }
  }

  const [plan, workshopPlan, bodyReps, championRows] = await Promise.all([
    newestAgendaPlan(cid, meetingById),
    newestWorkshopPlan(cid, meetingById),
    bodyRows.length
      ? db.select({ outsideBodyId: appointments.outsideBodyId, listedAt: appointments.listedAtMeetingId, date: meetings.meetingDate })
        .from(appointments).leftJoin(meetings, joinPublic.meeting(appointments.listedAtMeetingId))
        .where(inArray(appointments.outsideBodyId, bodyRows.map((b) => b.id)))
      : Promise.resolve([]),
    selectChampionRoles(eq(championRoles.committeeId, cid)),
  ]);
  const current = snapshots[snapshots.length - 1] ?? null;
  const currentMembers = new Set(current?.members.map((m) => m.personSlug) ?? []);

  return {
    slug: committee.slug, name: committee.name, shortName: committee.shortName, description: committee.description,
    alsoPrintedAs: [...new Set(aliasRows.map((a) => a.alias.trim()))].filter((a) => a.toLowerCase() !== committee.name.toLowerCase()),
    council: { name: committee.councilName, website: committee.councilWebsite },
    meetingCount: meetingRows.length,
    firstMeetingDate: meetingRows[meetingRows.length - 1]?.date ?? null,
    latestMeetingDate: meetingRows[0]?.date ?? null,
    meetings: meetingRows.slice(0, SUMMARY_MEETINGS).map((m) => ({
      slug: m.slug, date: m.date, status: meetingStatus(m.status, m.date), startTime: m.startTime, isVirtual: m.isVirtual,
      hasAgenda: m.sourceDocumentId !== null, hasMinutes: withMinutes.has(m.id),
    })),
    snapshots,
    current,
    changes: membershipChanges(snapshots),
    plan,
    openActions: actionRows.map((a) => ({
      slug: a.slug, minuteNumber: a.minuteNumber, itemTitle: a.itemTitle, description: a.description, responsible: a.responsible,
      status: a.status, originMeetingDate: a.originMeetingDate, originMeeting: ref(a.originMeetingId),
    })),
    openActionCount: actionCounts.find((c) => !c.isComplete)?.n ?? 0,
    completedActionCount: actionCounts.find((c) => c.isComplete)?.n ?? 0,
    workshops: workshopPlan,
    outsideBodies: bodyRows.map((b) => ({
      slug: b.slug, name: b.name, repsAppointed: b.repsAppointed,
      representatives: countNewestListing(bodyReps.filter((r) => r.outsideBodyId === b.id)),
    })),
    champions: {
      current: championRows.filter((r) => isCurrentChampionRole(r) && currentMembers.has(r.person.slug)),
      history: championRows,
    },
    updatedAt: committee.updatedAt,
  };
}

/** Representatives on the newest list for a body (older packs' lists are history). */
function countNewestListing(rows: { date: string | null }[]): number {
  const newest = rows.reduce<string | null>((acc, r) => (r.date !== null && (acc === null || r.date > acc) ? r.date : acc), null);
  return rows.filter((r) => r.date === newest).length;
}

type MeetingIndex = Map<number, { slug: string; date: string }>;

/** The pack (meeting) with the latest date among those that printed rows for this committee. */
function newestPublishing(ids: number[], meetingById: MeetingIndex): { id: number; slug: string; date: string } | null {
  let best: { id: number; slug: string; date: string } | null = null;
  for (const id of ids) {
    const m = meetingById.get(id);
    if (m && (!best || m.date > best.date)) best = { id, slug: m.slug, date: m.date };
  }
  return best;
}

async function newestAgendaPlan(committeeId: number, meetingById: MeetingIndex): Promise<CommitteeDetail["plan"]> {
  const packs = await db.selectDistinct({ id: agendaPlanEntries.publishedWithMeetingId }).from(agendaPlanEntries)
    .where(and(eq(agendaPlanEntries.committeeId, committeeId), isPublic.agendaPlanEntry));
  const pack = newestPublishing(packs.map((p) => p.id), meetingById);
  if (!pack) return null;
  const rows = await db.select().from(agendaPlanEntries)
    .where(and(eq(agendaPlanEntries.committeeId, committeeId), eq(agendaPlanEntries.publishedWithMeetingId, pack.id)))
    .orderBy(asc(agendaPlanEntries.sortOrder), asc(agendaPlanEntries.id));
  return { publishedWith: { slug: pack.slug, date: pack.date }, meetings: groupPlanEntries(rows) };
}

async function newestWorkshopPlan(committeeId: number, meetingById: MeetingIndex): Promise<CommitteeDetail["workshops"]> {
  const packs = await db.selectDistinct({ id: workshops.publishedWithMeetingId }).from(workshops)
    .where(and(eq(workshops.committeeId, committeeId), isPublic.workshop));
  const pack = newestPublishing(packs.map((p) => p.id), meetingById);
  if (!pack) return null;
  const rows = await db.select().from(workshops)
    .where(and(eq(workshops.committeeId, committeeId), eq(workshops.publishedWithMeetingId, pack.id)))
    .orderBy(asc(workshops.sortOrder), asc(workshops.id));
  const items = rows.length
    ? await db.select().from(workshopItems).where(inArray(workshopItems.workshopId, rows.map((w) => w.id)))
      .orderBy(asc(workshopItems.sortOrder), asc(workshopItems.id))
    : [];
  const flags = await readerFlagsAt(rows.map((w) => ({ documentId: w.sourceDocumentId, line: w.sourceLine })));
  return {
    publishedWith: { slug: pack.slug, date: pack.date },
    entries: rows.map((w) => ({
      date: w.workshopDate, dateAsPrinted: w.dateAsPrinted,
      items: items.filter((i) => i.workshopId === w.id).map((i) => ({ number: i.number, title: i.title, presenter: i.presenter })),
      flags: flags.get(`${w.sourceDocumentId}:${w.sourceLine}`) ?? [],
    })),
  };
}

/**
 * Issues the importer logged at given lines of given packs, from each pack's newest import run,
 * keyed "docId:line".
 */
