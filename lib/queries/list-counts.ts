/**
 * How many rows each paged list has, by the visibility rule: one indexed COUNT per list. The pages
 * use it (cached, lib/queries/paged-lists.ts) to print "Page 2 of 37", and the proxy's gate uses it
 * uncached to refuse a page number past the end before anything renders.
 * Not marked server-only: the proxy bundle imports it (it is server code all the same).
 */
import { and, count, eq, inArray, type SQL } from "drizzle-orm";
import { db as appDb, type Database } from "@/lib/db";
import { actions, attendance, committees, meetings, people, reportContacts, reports } from "@/lib/db/schema";
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
  }
}

const TABLE_OF = {
  meetings, reports, actions, "actions-open": actions, "actions-completed": actions,
  "committee-meetings": meetings, "committee-actions": actions,
  "person-attendance": attendance, "person-reports": reportContacts,
} as const;

/** Rows in a list (for a committee's or a person's list, `scope` is its slug). */
export async function countListRows(list: PagedList, scope = "", database: Database = appDb): Promise<number> {
  const [row] = await database.select({ n: count() }).from(TABLE_OF[list]).where(listConditions(list, scope, database));
  return row?.n ?? 0;
}
