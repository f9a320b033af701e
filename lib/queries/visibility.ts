/**
 * What the public may see: the one rule, stated once. Every public query (pages, lists, counts,
 * links between records, the sitemap, search, the slug gate) builds on these conditions; no other
 * file under lib/queries mentions `publication`.
 *
 * A record is public when it is published and so is every record its page hangs off:
 *
 *   committee      itself
 *   meeting        itself and its committee
 *   minutes        themselves and their meeting
 *   report         itself and its meeting
 *   resolution     itself and its minutes (the decision pages)
 *   action         itself and its committee
 *   strategy       itself, its committee and its meeting
 *   person         itself
 *   outside body   itself
 *   budget figures and funding facts   their meeting, and their report when they came from one
 *   agenda plans and workshop plans    the meeting whose pack printed them, and their committee
 *
 * "and its meeting" carries the meeting's own rule with it, so a draft committee hides its
 * meetings, their reports, minutes and decisions, its actions and its plans.
 *
 * Each condition is a self-contained SQL predicate over its own table (parents are checked with
 * uncorrelated `IN (SELECT id …)` subqueries), so it composes with any joins a query needs: put it
 * in WHERE for the record a query lists, or in a LEFT JOIN's ON for a record a query only links
 * to (a link to a non-public record then comes back null and is not printed).
 */
import { and, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { QueryBuilder, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  actions, agendaPlanEntries, budgetLineValues, committees, fundingFacts, meetings, minuteEntries, minutes, outsideBodies,
  people, reports, resolutions, strategies, workshops,
} from "@/lib/db/schema";

/** The record kinds that have a public page of their own (and a publication state). */
export const PUBLIC_KINDS = [
  "committee", "meeting", "minutes", "report", "decision", "action", "strategy", "person", "outside-body",
] as const;
export type PublicKind = (typeof PUBLIC_KINDS)[number];

const qb = new QueryBuilder();
const published = (column: SQLiteColumn): SQL => eq(column, "published");

const committee = published(committees.publication);
const committeeIds = qb.select({ id: committees.id }).from(committees).where(committee);

const meeting = and(published(meetings.publication), inArray(meetings.committeeId, committeeIds))!;
const meetingIds = qb.select({ id: meetings.id }).from(meetings).where(meeting);

const minutesCondition = and(published(minutes.publication), inArray(minutes.meetingId, meetingIds))!;
const minutesIds = qb.select({ id: minutes.id }).from(minutes).where(minutesCondition);
const minuteEntryIds = qb.select({ id: minuteEntries.id }).from(minuteEntries).where(inArray(minuteEntries.minutesId, minutesIds));

const report = and(published(reports.publication), inArray(reports.meetingId, meetingIds))!;
const reportIds = qb.select({ id: reports.id }).from(reports).where(report);

const resolution = and(published(resolutions.publication), inArray(resolutions.minuteEntryId, minuteEntryIds))!;
const action = and(published(actions.publication), inArray(actions.committeeId, committeeIds))!;
const strategy = and(
  published(strategies.publication), inArray(strategies.committeeId, committeeIds), inArray(strategies.meetingId, meetingIds),
)!;
const person = published(people.publication);
const personIds = qb.select({ id: people.id }).from(people).where(person);
const outsideBody = published(outsideBodies.publication);

/** Conditions on each public record kind's own table: true exactly when its page is public. */
export const isPublic = {
  committee,
  meeting,
  minutes: minutesCondition,
  report,
  /** A resolution: its page is /decisions/<slug>. */
  resolution,
  action,
  strategy,
  person,
  outsideBody,
  /** A minute entry is shown when its minutes are. */
  minuteEntry: inArray(minuteEntries.minutesId, minutesIds),
  /** Budget figures: their meeting is public, and their report too when they came from one. */
  budgetLineValue: and(
    inArray(budgetLineValues.meetingId, meetingIds),
    or(isNull(budgetLineValues.reportId), inArray(budgetLineValues.reportId, reportIds)),
  )!,
  /** Sums of money quoted in the papers: as budget figures. */
  fundingFact: and(
    inArray(fundingFacts.meetingId, meetingIds),
    or(isNull(fundingFacts.reportId), inArray(fundingFacts.reportId, reportIds)),
  )!,
  /** An agenda plan row: the pack (meeting) that printed it is public, and so is its committee. */
  agendaPlanEntry: and(inArray(agendaPlanEntries.publishedWithMeetingId, meetingIds), inArray(agendaPlanEntries.committeeId, committeeIds))!,
  /** A workshop plan row: as an agenda plan row. */
  workshop: and(inArray(workshops.publishedWithMeetingId, meetingIds), inArray(workshops.committeeId, committeeIds))!,
} as const;

/** `column IN (ids of public records of that kind)`: for foreign keys, e.g. `publicId.person(attendance.personId)`. */
export const publicId = {
  committee: (column: SQLiteColumn) => inArray(column, committeeIds),
  meeting: (column: SQLiteColumn) => inArray(column, meetingIds),
  minutes: (column: SQLiteColumn) => inArray(column, minutesIds),
  report: (column: SQLiteColumn) => inArray(column, reportIds),
  person: (column: SQLiteColumn) => inArray(column, personIds),
};

/**
 * Join conditions for a record a query only links to: the join finds the row only when it is
 * public, so a left join yields null columns (no link) for a draft.
 */
export const joinPublic = {
  committee: (id: SQLiteColumn) => and(eq(committees.id, id), committee)!,
  meeting: (id: SQLiteColumn) => and(eq(meetings.id, id), meeting)!,
  minutes: (id: SQLiteColumn) => and(eq(minutes.id, id), minutesCondition)!,
  report: (id: SQLiteColumn) => and(eq(reports.id, id), report)!,
  person: (id: SQLiteColumn) => and(eq(people.id, id), person)!,
};
