import "server-only";
/**
 * Committees, people, memberships, outside bodies and appointments for the open-data API:
 * public records only (lib/queries/visibility.ts), a page at a time, in id order so pages are stable.
 */
import { and, asc, count, eq, isNull, or, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { appointments, committeeMemberships, committees, meetings, outsideBodies, people } from "@/lib/db/schema";
import { isPublic, joinPublic, publicId } from "@/lib/queries/visibility";
import { pageUrl } from "@/lib/api/urls";
import type { AppointmentOut, CommitteeOut, MembershipOut, OutsideBodyOut, PersonOut } from "@/lib/api/schemas/organisations";
import { committeeRef, meetingRef, outsideBodyRef, personRef } from "./refs";
import { pageOf, type PageOf, type PageWindow } from "./window";

const ALL: PageWindow = { limit: -1, offset: 0 };

export async function listApiCommittees(w: PageWindow = ALL, only?: number): Promise<PageOf<CommitteeOut>> {
  const where = and(isPublic.committee, only ? eq(committees.id, only) : undefined);
  return pageOf(db.$count(committees, where), db.select().from(committees).where(where).orderBy(asc(committees.id)).limit(w.limit).offset(w.offset)
    .then((rows) => rows.map((c) => ({
      id: c.id, slug: c.slug, url: pageUrl(`/committees/${c.slug}`), name: c.name, shortName: c.shortName, description: c.description, updatedAt: c.updatedAt,
    }))));
}

export async function listApiPeople(w: PageWindow = ALL, only?: number): Promise<PageOf<PersonOut>> {
  const where = and(isPublic.person, only ? eq(people.id, only) : undefined);
  return pageOf(db.$count(people, where), db.select().from(people).where(where).orderBy(asc(people.id)).limit(w.limit).offset(w.offset)
    .then((rows) => rows.map((p) => ({
      id: p.id, slug: p.slug, url: pageUrl(`/people/${p.slug}`), name: p.fullName, honorific: p.honorific, isCouncillor: p.isCouncillor,
      party: p.party, updatedAt: p.updatedAt,
    }))));
}

/** A membership is shown when its committee and person are public, and the meeting that listed it (if any). */
const membershipVisible: SQL = and(
  publicId.committee(committeeMemberships.committeeId), publicId.person(committeeMemberships.personId),
  or(isNull(committeeMemberships.asAtMeetingId), publicId.meeting(committeeMemberships.asAtMeetingId)),
)!;

export async function listApiMemberships(w: PageWindow = ALL): Promise<PageOf<MembershipOut>> {
  const condition = membershipVisible;
  const rows = db
    .select({
      m: committeeMemberships,
      committee: { id: committees.id, slug: committees.slug, name: committees.name },
      person: { id: people.id, slug: people.slug, name: people.fullName },
      meeting: { id: meetings.id, slug: meetings.slug, date: meetings.meetingDate },
    })
    .from(committeeMemberships)
    .innerJoin(committees, eq(committees.id, committeeMemberships.committeeId))
    .innerJoin(people, eq(people.id, committeeMemberships.personId))
    .leftJoin(meetings, eq(meetings.id, committeeMemberships.asAtMeetingId))
    .where(condition)
    .orderBy(asc(committeeMemberships.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ m, committee, person, meeting }) => ({
      id: m.id, committee: committeeRef(committee), person: personRef(person), role: m.role, roleAsPrinted: m.roleAsPrinted,
      asAtMeeting: meeting ? meetingRef(meeting) : null, validFrom: m.validFrom, validTo: m.validTo,
    })));
  return pageOf(db.$count(committeeMemberships, condition), rows);
}

export async function listApiOutsideBodies(w: PageWindow = ALL, only?: number): Promise<PageOf<OutsideBodyOut>> {
  const where = and(isPublic.outsideBody, only ? eq(outsideBodies.id, only) : undefined);
  const rows = db
    .select({ b: outsideBodies, committee: { id: committees.id, slug: committees.slug, name: committees.name } })
    .from(outsideBodies)
    .leftJoin(committees, joinPublic.committee(outsideBodies.appointingCommitteeId))
    .where(where).orderBy(asc(outsideBodies.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ b, committee }) => ({
      id: b.id, slug: b.slug, url: pageUrl(`/outside-bodies/${b.slug}`), number: b.number, name: b.name, description: b.description,
      meetingsPerAnnum: b.meetingsPerAnnum, repsAppointed: b.repsAppointed, appointingCommittee: committee ? committeeRef(committee) : null,
    })));
  return pageOf(db.$count(outsideBodies, where), rows);
}

/** An appointment is shown with its (public) outside body, when the pack that listed it, if any, is public. */
const appointmentVisible: SQL = and(isPublic.outsideBody, or(isNull(appointments.listedAtMeetingId), publicId.meeting(appointments.listedAtMeetingId)))!;

export async function listApiAppointments(w: PageWindow = ALL): Promise<PageOf<AppointmentOut>> {
  const rows = db
    .select({
      a: appointments,
      body: { id: outsideBodies.id, slug: outsideBodies.slug, name: outsideBodies.name },
      person: { id: people.id, slug: people.slug, name: people.fullName },
      meeting: { id: meetings.id, slug: meetings.slug, date: meetings.meetingDate },
    })
    .from(appointments)
    .innerJoin(outsideBodies, eq(outsideBodies.id, appointments.outsideBodyId))
    .leftJoin(people, joinPublic.person(appointments.personId))
    .leftJoin(meetings, eq(meetings.id, appointments.listedAtMeetingId))
    .where(appointmentVisible)
    .orderBy(asc(appointments.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ a, body, person, meeting }) => ({
      id: a.id, outsideBody: outsideBodyRef(body), person: person ? personRef(person) : null, nameAsPrinted: a.nameAsPrinted,
      party: a.party, isSubstitute: a.isSubstitute, listedAtMeeting: meeting ? meetingRef(meeting) : null,
    })));
  const total = db.select({ n: count() }).from(appointments)
    .innerJoin(outsideBodies, eq(outsideBodies.id, appointments.outsideBodyId))
    .where(appointmentVisible)
    .then(([r]) => r.n);
  return pageOf(total, rows);
}
