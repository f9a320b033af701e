/**
 * How many rows each paged list has, by the visibility rule: one indexed COUNT per list. The pages
 * use it (cached, lib/queries/paged-lists.ts) to print "Page 2 of 37", and the proxy's gate uses it
 * uncached to refuse a page number past the end before anything renders.
 * Not marked server-only: the proxy bundle imports it (it is server code all the same).
 */
import { and, count, countDistinct, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db as appDb, type Database } from "@/lib/db";
import { actions, agendaPlanEntries, attendance, budgetLineValues, committees, fundingFacts, meetings, outsideBodies, people, reportContacts, reports, strategies } from "@/lib/db/schema";
import type { PagedList } from "@/lib/pagination/paged-lists";
import { isPublic, publicId } from "@/lib/queries/visibility";

/** The committee whose slug scopes a committee's list (public or not: its rows' own rule decides). */
function committeeIdOf(slug: string, database: Database) {
  return database.select({ id: committees.id }).from(committees).where(eq(committees.slug, slug));
}

/** The public person whose slug scopes a person's list: a draft person's lists are empty. */
function personIdOf(slug: string, database: Database) {
  return database.select({ id: people.id }).from(people).where(and(eq(people.slug, slug), isPublic.person));
}

/**
 * A finance report on the funding pages: the budget values of one report, or those a meeting's pack
 * printed outside any report (lib/queries/funding.ts files them the same way).
 */
export const financeReportKey = sql<string>`coalesce('r' || ${budgetLineValues.reportId}, 'm' || ${budgetLineValues.meetingId})`;

/** A group of sums quoted in reports: one report's, or the rest of one meeting's pack. */
export const factGroupKey = sql<string>`coalesce('r' || ${fundingFacts.reportId}, 'm' || ${fundingFacts.meetingId})`;

/** Budget lines printed for more than one meeting: the ones whose movement a reader can follow. */
export function recurringLineIds(database: Database = appDb) {
  return database.select({ id: budgetLineValues.budgetLineId }).from(budgetLineValues)
    .where(isPublic.budgetLineValue)
    .groupBy(budgetLineValues.budgetLineId)
    .having(sql`count(distinct ${budgetLineValues.meetingId}) > 1`);
}

/** Where-conditions of each list's rows; shared with the page queries so counts and pages agree. */
export function listConditions(list: PagedList, scope: string, database: Database = appDb): SQL {
  switch (list) {
    case "meetings": return isPublic.meeting;
    case "reports": return isPublic.report;
    case "actions": return isPublic.action;
    case "actions-open": return and(isPublic.action, eq(actions.isComplete, false))!;
    case "actions-completed": return and(isPublic.action, eq(actions.isComplete, true))!;
    case "committee-meetings": return and(isPublic.meeting, inArray(meetings.committeeId, committeeIdOf(scope, database)))!;
    case "committee-actions": return and(isPublic.action, inArray(actions.committeeId, committeeIdOf(scope, database)))!;
    case "person-attendance":
      return and(inArray(attendance.personId, personIdOf(scope, database)), publicId.minutes(attendance.minutesId))!;
    case "person-reports":
      return and(inArray(reportContacts.personId, personIdOf(scope, database)), publicId.report(reportContacts.reportId))!;
    case "funding-reports": return isPublic.budgetLineValue;
    case "funding-lines": return and(isPublic.budgetLineValue, inArray(budgetLineValues.budgetLineId, recurringLineIds(database)))!;
    case "funding-facts": return isPublic.fundingFact;
    case "strategies": return isPublic.strategy;
    case "outside-bodies": return isPublic.outsideBody;
    case "people": return isPublic.person;
    case "committee-plans": return and(isPublic.agendaPlanEntry, inArray(agendaPlanEntries.committeeId, committeeIdOf(scope, database)))!;
  }
}

const TABLE_OF = {
  meetings, reports, actions, "actions-open": actions, "actions-completed": actions,
  "committee-meetings": meetings, "committee-actions": actions,
  "person-attendance": attendance, "person-reports": reportContacts,
  strategies, "outside-bodies": outsideBodies, people,
} as const;

/** Lists whose rows are groups of table rows, counted as distinct groups. */
const GROUPS_OF = {
  "funding-reports": { table: budgetLineValues, key: financeReportKey },
  "funding-lines": { table: budgetLineValues, key: sql`${budgetLineValues.budgetLineId}` },
  "funding-facts": { table: fundingFacts, key: factGroupKey },
  // A printed plan (an edition) is the plan rows one pack printed for one committee.
  "committee-plans": { table: agendaPlanEntries, key: sql`${agendaPlanEntries.publishedWithMeetingId}` },
} as const;

/** Rows in a list (for a committee's or a person's list, `scope` is its slug). */
export async function countListRows(list: PagedList, scope = "", database: Database = appDb): Promise<number> {
  if (list in GROUPS_OF) {
    const { table, key } = GROUPS_OF[list as keyof typeof GROUPS_OF];
    const [row] = await database.select({ n: countDistinct(key) }).from(table).where(listConditions(list, scope, database));
    return row?.n ?? 0;
  }
  const [row] = await database.select({ n: count() }).from(TABLE_OF[list as keyof typeof TABLE_OF]).where(listConditions(list, scope, database));
  return row?.n ?? 0;
}
