import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { actionOwners, actionUpdates, actions, committees, meetings, people } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows, listConditions } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import type { PagedList } from "@/lib/pagination/paged-lists";
import { isPublic, joinPublic } from "@/lib/queries/visibility";

export interface ActionOrigin {
  minuteNumber: string | null;
  itemTitle: string | null;
  /** ISO date of the meeting that created the action, when known. */
  date: string | null;
  /** The meeting's page, when that meeting is in the database and published. */
  meetingSlug: string | null;
}

export interface ActionListEntry {
  slug: string;
  description: string;
  responsible: string | null;
  owners: { name: string; slug: string }[];
  /** Latest status as printed in the newest action log; null when no log has reported on it yet. */
  status: string | null;
  isComplete: boolean;
  committee: { name: string; slug: string };
  origin: ActionOrigin;
}

export type ActionFilter = "all" | "open" | "completed";

export interface ActionUpdateView {
  meeting: { slug: string; date: string } | null;
  comment: string | null;
  status: string | null;
}

export interface ActionDetail extends ActionListEntry {
  updates: ActionUpdateView[];
  updatedAt: string;
}

async function ownersByAction(actionIds: number[]): Promise<Map<number, { name: string; slug: string }[]>> {
  const map = new Map<number, { name: string; slug: string }[]>();
  if (actionIds.length === 0) return map;
  const rows = await db
    .select({ actionId: actionOwners.actionId, name: people.fullName, slug: people.slug })
    .from(actionOwners)
    .innerJoin(people, eq(people.id, actionOwners.personId))
    .where(and(inArray(actionOwners.actionId, actionIds), isPublic.person))
    .orderBy(asc(people.fullName));
  for (const r of rows) map.set(r.actionId, [...(map.get(r.actionId) ?? []), { name: r.name, slug: r.slug }]);
  return map;
}

const listSelection = {
  id: actions.id,
  slug: actions.slug,
  description: actions.description,
  responsible: actions.responsible,
  status: actions.status,
  isComplete: actions.isComplete,
  minuteNumber: actions.minuteNumber,
  itemTitle: actions.itemTitle,
  originMeetingDate: actions.originMeetingDate,
  committeeName: committees.name,
  committeeSlug: committees.slug,
  meetingSlug: meetings.slug,
  meetingDate: meetings.meetingDate,
  updatedAt: actions.updatedAt,
};

function selectActions() {
  return db
    .select(listSelection)
    .from(actions)
    .innerJoin(committees, eq(committees.id, actions.committeeId))
    .leftJoin(meetings, joinPublic.meeting(actions.originMeetingId));
}

type ListRow = Awaited<ReturnType<typeof selectActions>>[number];

function toEntry(r: ListRow, owners: Map<number, { name: string; slug: string }[]>): ActionListEntry {
  const meetingPublished = r.meetingSlug !== null;
  return {
    slug: r.slug, description: r.description, responsible: r.responsible, owners: owners.get(r.id) ?? [],
    status: r.status, isComplete: r.isComplete,
    committee: { name: r.committeeName, slug: r.committeeSlug },
    origin: {
      minuteNumber: r.minuteNumber, itemTitle: r.itemTitle,
      date: (meetingPublished ? r.meetingDate : null) ?? r.originMeetingDate,
      meetingSlug: meetingPublished ? r.meetingSlug : null,
    },
  };
}

/** Newest origin meeting first, then in minute order: the one order of every action list. */
const ACTION_ORDER = [
  desc(sql`coalesce(${meetings.meetingDate}, ${actions.originMeetingDate}, '')`),
  asc(sql`cast(${actions.minuteNumber} as integer)`),
  asc(actions.id),
];

export interface ActionsPage {
  total: number;
  /** How many actions each status filter lists (for the filter links), across every committee or one. */
  counts: Record<ActionFilter, number>;
  actions: ActionListEntry[];
}

function pagedListFor(filter: ActionFilter, committeeSlug: string): PagedList {
  if (committeeSlug) return "committee-actions";
  return filter === "all" ? "actions" : filter === "open" ? "actions-open" : "actions-completed";
}

/**
 * One page of an actions list: every committee's (`committeeSlug` "") by status filter, or one
 * committee's (all statuses). LIMIT/OFFSET in SQL; owners are read for this page's rows only.
 */
export const listActionsPage = cachedPagedQuery(
  "listActionsPage", [cacheTags.actions, cacheTags.meetings, cacheTags.people],
  async (filter: ActionFilter = "all", page: number = 1, committeeSlug: string = ""): Promise<ActionsPage> => {
    const list = pagedListFor(filter, committeeSlug);
    const { limit, offset } = pageSlice(page);
    const [all, open, completed, rows] = await Promise.all([
      countListRows(committeeSlug ? "committee-actions" : "actions", committeeSlug),
      committeeSlug ? Promise.resolve(0) : countListRows("actions-open"),
      committeeSlug ? Promise.resolve(0) : countListRows("actions-completed"),
      selectActions().where(listConditions(list, committeeSlug)).orderBy(...ACTION_ORDER).limit(limit).offset(offset),
    ]);
    const counts = { all, open, completed };
    const owners = await ownersByAction(rows.map((r) => r.id));
    return { total: committeeSlug ? all : counts[filter], counts, actions: rows.map((r) => toEntry(r, owners)) };
  },
);

/** Every public action's slug, for generateStaticParams: one column, not the whole list. */
export async function listActionSlugs(): Promise<string[]> {
  const rows = await db.select({ slug: actions.slug }).from(actions)
    .leftJoin(meetings, joinPublic.meeting(actions.originMeetingId))
    .where(isPublic.action).orderBy(...ACTION_ORDER);
  return rows.map((a) => a.slug);
}

/** One published action's page; null when it is not public. */
export function getActionBySlug(slug: string): Promise<ActionDetail | null> {
  return cachedRecord("getActionBySlug", slug, [cacheTags.action(slug), cacheTags.people], loadAction);
}

async function loadAction(slug: string): Promise<ActionDetail | null> {
  const [row] = await selectActions().where(and(eq(actions.slug, slug), isPublic.action));
  if (!row) return null;
  const [owners, updateRows] = await Promise.all([
    ownersByAction([row.id]),
    db
      .select({
        comment: actionUpdates.comment, status: actionUpdates.status, sourceLine: actionUpdates.sourceLine,
        sourceDocumentId: actionUpdates.sourceDocumentId,
        meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      })
      .from(actionUpdates)
      .leftJoin(meetings, joinPublic.meeting(actionUpdates.reportedAtMeetingId))
      .where(eq(actionUpdates.actionId, row.id))
      .orderBy(asc(sql`coalesce(${meetings.meetingDate}, '9999')`), asc(actionUpdates.id)),
  ]);
  return {
    ...toEntry(row, owners),
    updatedAt: row.updatedAt,
    updates: updateRows.map((u) => ({
      meeting: u.meetingSlug && u.meetingDate ? { slug: u.meetingSlug, date: u.meetingDate } : null,
      comment: u.comment, status: u.status,
    })),
  };
}

