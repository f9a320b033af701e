import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, max, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  actionOwners, actions, appointments, attendance, championRoles as championRolesTable, committeeMemberships, committees, meetings, minutes,
  outsideBodies, people, personAliases, posts, reportContacts, reports,
} from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows, listConditions } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import { mentionsName } from "@/lib/text/names";
import { selectChampionRoles, type ChampionRole } from "@/lib/queries/champion-roles";
import type { MeetingRef, MembershipRole } from "@/lib/queries/committees";

/** The surname a list is sorted by: the last word, ignoring post-nominals ("Lynsi Hayward-Smith" → "Hayward-Smith"). */
export function surnameOf(name: string): string {
  const words = name.replace(/\([^)]*\)/g, " ").trim().split(/\s+/).filter((w) => !/^(OBE|MBE|CBE|JP)$/i.test(w));
  return words[words.length - 1] ?? name;
}

/** Alphabetical by surname, then by the whole name, as a council's members list runs. */
export function comparePeopleByName(a: { name: string }, b: { name: string }): number {
  const opts = { sensitivity: "base" } as const;
  return surnameOf(a.name).localeCompare(surnameOf(b.name), "en-GB", opts) || a.name.localeCompare(b.name, "en-GB", opts);
}

// Shared with the revalidation that finds whose pages a report's "From:" line puts it on.
export { mentionsName } from "@/lib/text/names";

// ───────────────────────────── index ─────────────────────────────

export interface PersonListEntry {
  slug: string;
  name: string;
  isCouncillor: boolean;
  party: string | null;
  /** A councillor's latest committee role, or an officer's latest post as printed. */
  summary: string | null;
}

export const listPublishedPeople = cachedQuery(
  "listPublishedPeople", [cacheTags.people, cacheTags.committees, cacheTags.meetings, cacheTags.reports],
  async (): Promise<PersonListEntry[]> => {
    const [personRows, memberRows, postRows, contactRows] = await Promise.all([
      db.select({ id: people.id, slug: people.slug, name: people.fullName, isCouncillor: people.isCouncillor, party: people.party })
        .from(people).where(isPublic.person),
      db.select({
        personId: committeeMemberships.personId, role: committeeMemberships.role, roleAsPrinted: committeeMemberships.roleAsPrinted,
        committee: committees.name, date: meetings.meetingDate,
      })
        .from(committeeMemberships)
        .innerJoin(committees, eq(committees.id, committeeMemberships.committeeId))
        .innerJoin(meetings, eq(meetings.id, committeeMemberships.asAtMeetingId))
        .where(and(isPublic.committee, isPublic.meeting)),
      db.select({ personId: posts.personId, title: posts.title, validFrom: posts.validFrom, validTo: posts.validTo }).from(posts),
      db.select({ personId: reportContacts.personId, post: reportContacts.post, type: reportContacts.contactType, date: meetings.meetingDate })
        .from(reportContacts)
        .innerJoin(reports, eq(reports.id, reportContacts.reportId))
        .innerJoin(meetings, eq(meetings.id, reports.meetingId))
        .where(isPublic.report),
    ]);
    // Grouped once: filtering every row per person grows with people × fifteen years of front sheets.
    const members = groupBy(memberRows, (m) => m.personId);
    const postsOf = groupBy(postRows, (r) => r.personId);
    const contactsOf = groupBy(contactRows.filter((c) => c.type === "officer"), (c) => c.personId);
    return personRows
      .map((p) => ({
        slug: p.slug, name: p.name, isCouncillor: p.isCouncillor, party: p.party,
        summary: p.isCouncillor
          ? latestRoleSummary(members.get(p.id) ?? [])
          : latestPost(postsOf.get(p.id) ?? [], contactsOf.get(p.id) ?? []),
      }))
      .sort(comparePeopleByName);
  },
);

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

export async function listPersonSlugs(): Promise<string[]> {
  return (await listPublishedPeople()).map((p) => p.slug);
}

const ROLE_WORDS: Record<MembershipRole, string> = { chair: "Chair", vice_chair: "Vice-chair", member: "Member", substitute: "Substitute" };

function latestRoleSummary(rows: { role: MembershipRole; roleAsPrinted: string | null; committee: string; date: string }[]): string | null {
  if (!rows.length) return null;
  const latest = rows.reduce((a, b) => (b.date > a.date ? b : a));
  return `${latest.roleAsPrinted ?? ROLE_WORDS[latest.role]}, ${latest.committee} (${latest.date.slice(0, 4)})`;
}

function latestPost(
  postRows: { title: string; validFrom: string | null; validTo: string | null }[],
  printed: { post: string | null; date: string }[],
): string | null {
  const current = postRows.find((p) => !p.validTo) ?? postRows[0];
  if (current) return current.title;
  const withPost = printed.filter((p) => p.post);
  if (!withPost.length) return null;
  return withPost.reduce((a, b) => (b.date > a.date ? b : a)).post;
}

// ───────────────────────────── detail ─────────────────────────────

export interface PersonMembership {
  committee: { slug: string; name: string };
  /** One row per front sheet that lists the person, newest first. */
  history: { meeting: MeetingRef; role: MembershipRole; roleAsPrinted: string | null }[];
  /** True when the committee's newest front sheet still lists the person. */
  isCurrent: boolean;
}

export interface PersonAttendanceRow {
  meeting: MeetingRef;
  committee: { slug: string; name: string };
  status: "present" | "apologies" | "in_attendance";
  nameAsPrinted: string;
  roleLabel: string | null;
  substitutingFor: { name: string; slug: string | null } | null;
}

export interface PersonReportRef {
  report: { slug: string; title: string };
  meeting: MeetingRef;
  committee: { name: string; slug: string };
  contactType?: "officer" | "member";
  nameAsPrinted?: string;
  post?: string | null;
  email?: string | null;
  telephone?: string | null;
}

export interface PersonDetail {
  slug: string;
  name: string;
  honorific: string | null;
  isCouncillor: boolean;
  party: string | null;
  email: string | null;
  phone: string | null;
  alsoPrintedAs: string[];
  posts: { title: string; organisation: string | null; validFrom: string | null; validTo: string | null }[];
  /** Posts as printed beside the person's name in report contacts, newest first, one per wording. */
  printedPosts: { post: string; meeting: MeetingRef }[];
  /** Area / Community Champion spells, by area, the open one first. */
  championRoles: ChampionRole[];
  memberships: PersonMembership[];
  appointments: {
    body: { slug: string; name: string };
    nameAsPrinted: string;
    party: string | null;
    isSubstitute: boolean;
    listedAt: MeetingRef | null;
    appointingCommittee: { slug: string; name: string } | null;
  }[];
  /** The newest PERSON_PAGE_LATEST rows; the whole record pages at /people/<slug>/attendance. */
  attendance: PersonAttendanceRow[];
  attendanceCounts: { present: number; apologies: number; inAttendance: number };
  /** Rows in the whole attendance record. */
  attendanceTotal: number;
  /** Meetings where someone else sat in this person's place. */
  substitutedBy: { meeting: MeetingRef; name: string; slug: string | null }[];
  /** The newest PERSON_PAGE_LATEST of each; every contact pages at /people/<slug>/reports. */
  memberContactFor: PersonReportRef[];
  officerContactFor: PersonReportRef[];
  contactTotals: { member: number; officer: number };
  /** Reports whose "From:" line names the person. */
  reportsFrom: (PersonReportRef & { fromText: string })[];
  actionsOwned: {
    slug: string; description: string; minuteNumber: string | null; itemTitle: string | null; status: string | null;
    isComplete: boolean; committee: { slug: string; name: string };
  }[];
}

/**
 * Rows of each record that grows with the archive (attendance, report contacts) a person's page
 * shows; a long-serving councillor's fifteen years page in their own lists.
 */
export const PERSON_PAGE_LATEST = 10;

/** A published person's page; null when it is not public. */
export function getPersonBySlug(slug: string): Promise<PersonDetail | null> {
  return cachedRecord("getPersonBySlug", slug, [
    cacheTags.person(slug), cacheTags.people, cacheTags.committees, cacheTags.meetings, cacheTags.minutes, cacheTags.outsideBodies,
  ], loadPerson);
}

async function loadPerson(slug: string): Promise<PersonDetail | null> {
  const person = await db.query.people.findFirst({ where: and(eq(people.slug, slug), isPublic.person) });
  if (!person) return null;
  const pid = person.id;

  const [
    aliasRows, postRows, championRows, memberRows, latestSheets, appointmentRows, attendanceRows, attendanceTotals, substitutedRows,
    memberContactRows, officerContactRows, contactTotals, printedPostRows, reportRows, actionRows,
  ] = await Promise.all([
    db.select({ alias: personAliases.alias }).from(personAliases).where(eq(personAliases.personId, pid)).orderBy(asc(personAliases.id)),
    db.select({ title: posts.title, organisation: posts.organisation, validFrom: posts.validFrom, validTo: posts.validTo })
      .from(posts).where(eq(posts.personId, pid)).orderBy(desc(posts.validFrom)),
    selectChampionRoles(eq(championRolesTable.personId, pid)),
    db.select({
      committeeId: committees.id, committeeSlug: committees.slug, committeeName: committees.name,
      role: committeeMemberships.role, roleAsPrinted: committeeMemberships.roleAsPrinted, meetingSlug: meetings.slug, date: meetings.meetingDate,
    })
      .from(committeeMemberships)
      .innerJoin(committees, eq(committees.id, committeeMemberships.committeeId))
      .innerJoin(meetings, eq(meetings.id, committeeMemberships.asAtMeetingId))
      .where(and(eq(committeeMemberships.personId, pid), isPublic.meeting))
      .orderBy(desc(meetings.meetingDate)),
    // Each committee's newest front sheet, to tell a current member from a former one.
    db.select({ committeeId: committeeMemberships.committeeId, date: meetings.meetingDate })
      .from(committeeMemberships).innerJoin(meetings, eq(meetings.id, committeeMemberships.asAtMeetingId))
      .where(isPublic.meeting),
    db.select({
      bodySlug: outsideBodies.slug, bodyName: outsideBodies.name, nameAsPrinted: appointments.nameAsPrinted, party: appointments.party,
      isSubstitute: appointments.isSubstitute, meetingSlug: meetings.slug, date: meetings.meetingDate,
      committeeSlug: committees.slug, committeeName: committees.name,
    })
      .from(appointments)
      .innerJoin(outsideBodies, eq(outsideBodies.id, appointments.outsideBodyId))
      .leftJoin(meetings, joinPublic.meeting(appointments.listedAtMeetingId))
      .leftJoin(committees, joinPublic.committee(outsideBodies.appointingCommitteeId))
      .where(and(eq(appointments.personId, pid), isPublic.outsideBody))
      .orderBy(desc(meetings.meetingDate), asc(outsideBodies.number), asc(outsideBodies.name)),
    selectAttendance(and(eq(attendance.personId, pid), isPublic.minutes)!, PERSON_PAGE_LATEST, 0),
    db.select({ status: attendance.status, n: count() })
      .from(attendance)
      .innerJoin(minutes, eq(minutes.id, attendance.minutesId))
      .where(and(eq(attendance.personId, pid), isPublic.minutes))
      .groupBy(attendance.status),
    db.select({ meetingSlug: meetings.slug, date: meetings.meetingDate, name: attendance.nameAsPrinted, personId: attendance.personId })
      .from(attendance)
      .innerJoin(minutes, eq(minutes.id, attendance.minutesId))
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(and(eq(attendance.substitutingForPersonId, pid), isPublic.minutes))
      .orderBy(desc(meetings.meetingDate)),
    selectContacts(and(eq(reportContacts.personId, pid), isPublic.report, eq(reportContacts.contactType, "member"))!, PERSON_PAGE_LATEST, 0),
    selectContacts(and(eq(reportContacts.personId, pid), isPublic.report, eq(reportContacts.contactType, "officer"))!, PERSON_PAGE_LATEST, 0),
    db.select({ type: reportContacts.contactType, n: count() })
      .from(reportContacts)
      .innerJoin(reports, eq(reports.id, reportContacts.reportId))
      .where(and(eq(reportContacts.personId, pid), isPublic.report))
      .groupBy(reportContacts.contactType),
    // One row per wording of the post printed beside the name, with the newest meeting that printed
    // it (SQLite gives a bare column the values of the row holding the max()).
    db.select({ post: sql<string>`${reportContacts.post}`, meetingSlug: meetings.slug, date: max(meetings.meetingDate) })
      .from(reportContacts)
      .innerJoin(reports, eq(reports.id, reportContacts.reportId))
      .innerJoin(meetings, eq(meetings.id, reports.meetingId))
      .where(and(eq(reportContacts.personId, pid), isPublic.report, isNotNull(reportContacts.post)))
      .groupBy(sql`lower(${reportContacts.post})`)
      .orderBy(desc(max(meetings.meetingDate))),
    db.select({
      slug: reports.slug, title: reports.title, fromText: reports.fromText, meetingSlug: meetings.slug, date: meetings.meetingDate,
      committeeName: committees.name, committeeSlug: committees.slug,
    })
      .from(reports)
      .innerJoin(meetings, eq(meetings.id, reports.meetingId))
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(isPublic.report)
      .orderBy(desc(meetings.meetingDate), asc(reports.sortOrder)),
    db.select({
      slug: actions.slug, description: actions.description, minuteNumber: actions.minuteNumber, itemTitle: actions.itemTitle,
      status: actions.status, isComplete: actions.isComplete, committeeSlug: committees.slug, committeeName: committees.name,
    })
      .from(actionOwners)
      .innerJoin(actions, eq(actions.id, actionOwners.actionId))
      .innerJoin(committees, eq(committees.id, actions.committeeId))
      .where(and(eq(actionOwners.personId, pid), isPublic.action))
      .orderBy(asc(actions.isComplete), desc(actions.originMeetingDate), asc(actions.id)),
  ]);

  const substituteSlugs = await namesOf(substitutedRows.flatMap((r) => (r.personId ? [r.personId] : [])));

  const newestSheet = new Map<number, string>();
  for (const s of latestSheets) if (!newestSheet.has(s.committeeId) || s.date > newestSheet.get(s.committeeId)!) newestSheet.set(s.committeeId, s.date);

  const memberships: PersonMembership[] = [];
  for (const row of memberRows) {
    let m = memberships.find((x) => x.committee.slug === row.committeeSlug);
    if (!m) {
      m = { committee: { slug: row.committeeSlug, name: row.committeeName }, history: [], isCurrent: newestSheet.get(row.committeeId) === row.date };
      memberships.push(m);
    }
    m.history.push({ meeting: { slug: row.meetingSlug, date: row.date }, role: row.role, roleAsPrinted: row.roleAsPrinted });
  }

  const aliases = aliasRows.map((a) => a.alias.trim());
  const nameForms = [person.fullName, ...aliases].filter((n) => n.includes(" "));
  const attendanceCount = (status: PersonAttendanceRow["status"]) => attendanceTotals.find((t) => t.status === status)?.n ?? 0;
  const contactCount = (type: "member" | "officer") => contactTotals.find((t) => t.type === type)?.n ?? 0;

  return {
    slug: person.slug, name: person.fullName, honorific: person.honorific, isCouncillor: person.isCouncillor, party: person.party,
    email: person.email, phone: person.phone,
    alsoPrintedAs: [...new Set(aliases)].filter((a) => a.toLowerCase() !== person.fullName.toLowerCase()),
    posts: postRows,
    printedPosts: printedPostRows.map((p) => ({ post: p.post, meeting: { slug: p.meetingSlug, date: p.date ?? "" } })),
    championRoles: championRows,
    memberships,
    appointments: appointmentRows.map((a) => ({
      body: { slug: a.bodySlug, name: a.bodyName }, nameAsPrinted: a.nameAsPrinted, party: a.party, isSubstitute: a.isSubstitute,
      listedAt: a.meetingSlug && a.date ? { slug: a.meetingSlug, date: a.date } : null,
      appointingCommittee: a.committeeSlug && a.committeeName ? { slug: a.committeeSlug, name: a.committeeName } : null,
    })),
    attendance: await toAttendanceRows(attendanceRows),
    attendanceCounts: { present: attendanceCount("present"), apologies: attendanceCount("apologies"), inAttendance: attendanceCount("in_attendance") },
    attendanceTotal: attendanceTotals.reduce((sum, t) => sum + t.n, 0),
    substitutedBy: substitutedRows.map((r) => ({
      meeting: { slug: r.meetingSlug, date: r.date },
      name: (r.personId && substituteSlugs.get(r.personId)?.name) || r.name,
      slug: (r.personId && substituteSlugs.get(r.personId)?.slug) || null,
    })),
    memberContactFor: memberContactRows.map(toReportRef),
    officerContactFor: officerContactRows.map(toReportRef),
    contactTotals: { member: contactCount("member"), officer: contactCount("officer") },
    reportsFrom: reportRows
      .filter((r) => r.fromText && nameForms.some((n) => mentionsName(r.fromText!, n)))
      .map((r) => ({
        report: { slug: r.slug, title: r.title }, meeting: { slug: r.meetingSlug, date: r.date },
        committee: { name: r.committeeName, slug: r.committeeSlug }, fromText: r.fromText!,
      })),
    actionsOwned: actionRows.map((a) => ({
      slug: a.slug, description: a.description, minuteNumber: a.minuteNumber, itemTitle: a.itemTitle, status: a.status,
      isComplete: a.isComplete, committee: { slug: a.committeeSlug, name: a.committeeName },
    })),
  };
}

// ───────────────────────────── paged records ─────────────────────────────

/** A public person's name, for the heading of their paged records; null when not public. */
export function getPersonHeading(slug: string): Promise<{ slug: string; name: string } | null> {
  return cachedRecord("getPersonHeading", slug, [cacheTags.person(slug), cacheTags.people], async (s) => {
    const [row] = await db.select({ slug: people.slug, name: people.fullName }).from(people).where(and(eq(people.slug, s), isPublic.person));
    return row ?? null;
  });
}

function selectAttendance(where: SQL, limit: number, offset: number) {
  return db.select({
    meetingSlug: meetings.slug, date: meetings.meetingDate, committeeSlug: committees.slug, committeeName: committees.name,
    status: attendance.status, nameAsPrinted: attendance.nameAsPrinted, roleLabel: attendance.roleLabel,
    substitutingFor: attendance.substitutingFor, substitutingForPersonId: attendance.substitutingForPersonId,
  })
    .from(attendance)
    .innerJoin(minutes, eq(minutes.id, attendance.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(where)
    .orderBy(desc(meetings.meetingDate), asc(attendance.sortOrder), asc(attendance.id))
    .limit(limit).offset(offset);
}

async function toAttendanceRows(rows: Awaited<ReturnType<typeof selectAttendance>>): Promise<PersonAttendanceRow[]> {
  const substituteNames = await namesOf(rows.flatMap((r) => (r.substitutingForPersonId ? [r.substitutingForPersonId] : [])));
  return rows.map((r) => ({
    meeting: { slug: r.meetingSlug, date: r.date }, committee: { slug: r.committeeSlug, name: r.committeeName },
    status: r.status, nameAsPrinted: r.nameAsPrinted, roleLabel: r.roleLabel,
    substitutingFor: r.substitutingFor || r.substitutingForPersonId
      ? {
        name: (r.substitutingForPersonId && substituteNames.get(r.substitutingForPersonId)?.name) || (r.substitutingFor ?? ""),
        slug: (r.substitutingForPersonId && substituteNames.get(r.substitutingForPersonId)?.slug) || null,
      }
      : null,
  }));
}

function selectContacts(where: SQL, limit: number, offset: number) {
  return db.select({
    reportSlug: reports.slug, title: reports.title, meetingSlug: meetings.slug, date: meetings.meetingDate,
    committeeName: committees.name, committeeSlug: committees.slug, contactType: reportContacts.contactType, name: reportContacts.name, post: reportContacts.post,
    email: reportContacts.email, telephone: reportContacts.telephone,
  })
    .from(reportContacts)
    .innerJoin(reports, eq(reports.id, reportContacts.reportId))
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(where)
    .orderBy(desc(meetings.meetingDate), asc(reports.sortOrder), asc(reportContacts.id))
    .limit(limit).offset(offset);
}

function toReportRef(c: Awaited<ReturnType<typeof selectContacts>>[number]): PersonReportRef {
  return {
    report: { slug: c.reportSlug, title: c.title }, meeting: { slug: c.meetingSlug, date: c.date },
    committee: { name: c.committeeName, slug: c.committeeSlug },
    contactType: c.contactType, nameAsPrinted: c.name, post: c.post, email: c.email, telephone: c.telephone,
  };
}

export interface PersonAttendancePage { total: number; rows: PersonAttendanceRow[] }
export interface PersonReportsPage { total: number; rows: PersonReportRef[] }

/** One page of a person's attendance record, newest meeting first (an empty page for a draft person). */
export const listPersonAttendancePage = cachedPagedQuery(
  "listPersonAttendancePage", [cacheTags.people, cacheTags.meetings, cacheTags.minutes],
  async (page: number = 1, personSlug: string = ""): Promise<PersonAttendancePage> => {
    const { limit, offset } = pageSlice(page);
    const where = listConditions("person-attendance", personSlug);
    const [total, rows] = await Promise.all([countListRows("person-attendance", personSlug), selectAttendance(where, limit, offset)]);
    return { total, rows: await toAttendanceRows(rows) };
  },
);

/** One page of the reports naming a person as officer or member contact, newest meeting first. */
export const listPersonReportsPage = cachedPagedQuery(
  "listPersonReportsPage", [cacheTags.people, cacheTags.meetings, cacheTags.reports],
  async (page: number = 1, personSlug: string = ""): Promise<PersonReportsPage> => {
    const { limit, offset } = pageSlice(page);
    const where = listConditions("person-reports", personSlug);
    const [total, rows] = await Promise.all([countListRows("person-reports", personSlug), selectContacts(where, limit, offset)]);
    return { total, rows: rows.map(toReportRef) };
  },
);

/** Published people by id, for links from attendance notes. */
async function namesOf(ids: number[]): Promise<Map<number, { name: string; slug: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: people.id, name: people.fullName, slug: people.slug }).from(people)
    .where(and(inArray(people.id, [...new Set(ids)]), isPublic.person));
  return new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug }]));
}
