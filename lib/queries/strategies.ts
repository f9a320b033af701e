import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { committees, meetings, priorityOutcomes, reports, strategies, strategyActions, strategyPriorities } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import { isPublic, joinPublic } from "@/lib/queries/visibility";

export interface StrategySource {
  committee: { name: string; slug: string };
  meeting: { slug: string; date: string };
  /** The report the plan came in, when the importer tied it to one. */
  report: { slug: string; title: string } | null;
}

export interface StrategyListEntry extends StrategySource {
  slug: string;
  title: string;
  priorityCount: number;
  actionCount: number;
}

export interface StrategyActionView {
  /** Fragment id on the plan's page, unique even when two actions print the same reference. */
  anchor: string;
  ref: string;
  description: string;
  leadOfficer: string | null;
  firstMilestone: string | null;
  continuesUntil: string | null;
  resources: string | null;
  risks: string | null;
  outputs: string | null;
  decisionRoute: string | null;
}

export type StrategyActionField = Exclude<keyof StrategyActionView, "anchor" | "ref" | "description">;

export interface StrategyPriorityView {
  number: number | null;
  title: string;
  outcomes: string[];
  actions: StrategyActionView[];
}

export interface StrategyDetail extends StrategyListEntry {
  priorities: StrategyPriorityView[];
  /** Actions not tied to a priority. */
  otherActions: StrategyActionView[];
  /** The optional columns that at least one action fills in; the others are left out of the page. */
  fieldsInUse: StrategyActionField[];
}

const ACTION_FIELDS: StrategyActionField[] = [
  "leadOfficer", "firstMilestone", "continuesUntil", "resources", "risks", "outputs", "decisionRoute",
];

function selectStrategies() {
  return db
    .select({
      id: strategies.id, slug: strategies.slug, title: strategies.title,
      committeeName: committees.name, committeeSlug: committees.slug,
      meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      reportSlug: reports.slug, reportTitle: reports.title,
    })
    .from(strategies)
    .innerJoin(committees, eq(committees.id, strategies.committeeId))
    .innerJoin(meetings, eq(meetings.id, strategies.meetingId))
    .leftJoin(reports, joinPublic.report(strategies.reportId));
}

type Row = Awaited<ReturnType<typeof selectStrategies>>[number];

function source(r: Row): StrategySource {
  return {
    committee: { name: r.committeeName, slug: r.committeeSlug },
    meeting: { slug: r.meetingSlug, date: r.meetingDate },
    report: r.reportSlug && r.reportTitle ? { slug: r.reportSlug, title: r.reportTitle } : null,
  };
}

async function countsFor(ids: number[]) {
  if (ids.length === 0) return { priorities: new Map<number, number>(), actions: new Map<number, number>() };
  const [p, a] = await Promise.all([
    db.select({ id: strategyPriorities.strategyId, n: count() }).from(strategyPriorities).where(inArray(strategyPriorities.strategyId, ids)).groupBy(strategyPriorities.strategyId),
    db.select({ id: strategyActions.strategyId, n: count() }).from(strategyActions).where(inArray(strategyActions.strategyId, ids)).groupBy(strategyActions.strategyId),
  ]);
  return { priorities: new Map(p.map((r) => [r.id, r.n])), actions: new Map(a.map((r) => [r.id, r.n])) };
}

export interface StrategiesPage { total: number; strategies: StrategyListEntry[] }

/** One page of the published delivery plans and action logs, newest meeting first. */
export const listStrategiesPage = cachedPagedQuery(
  "listStrategiesPage", [cacheTags.strategies, cacheTags.reports, cacheTags.meetings],
  async (page: number = 1): Promise<StrategiesPage> => {
    const { limit, offset } = pageSlice(page);
    const [total, rows] = await Promise.all([
      countListRows("strategies"),
      selectStrategies().where(isPublic.strategy).orderBy(desc(meetings.meetingDate), asc(strategies.title), asc(strategies.id)).limit(limit).offset(offset),
    ]);
    const counts = await countsFor(rows.map((r) => r.id));
    return {
      total,
      strategies: rows.map((r) => ({
        slug: r.slug, title: r.title, ...source(r),
        priorityCount: counts.priorities.get(r.id) ?? 0, actionCount: counts.actions.get(r.id) ?? 0,
      })),
    };
  },
);

/** Published delivery plans and action logs, newest meeting first. */
export const listPublishedStrategies = cachedQuery(
  "listPublishedStrategies", [cacheTags.strategies, cacheTags.reports, cacheTags.meetings],
  async (): Promise<StrategyListEntry[]> => {
    const rows = await selectStrategies().where(isPublic.strategy).orderBy(desc(meetings.meetingDate), asc(strategies.title));
    const counts = await countsFor(rows.map((r) => r.id));
    return rows.map((r) => ({
      slug: r.slug, title: r.title, ...source(r),
      priorityCount: counts.priorities.get(r.id) ?? 0, actionCount: counts.actions.get(r.id) ?? 0,
    }));
  },
);

export async function listStrategySlugs(): Promise<string[]> {
  return (await listPublishedStrategies()).map((s) => s.slug);
}

/** A published delivery plan's page; null when it is not public. */
export function getStrategyBySlug(slug: string): Promise<StrategyDetail | null> {
  return cachedRecord("getStrategyBySlug", slug, [cacheTags.strategy(slug)], loadStrategy);
}

async function loadStrategy(slug: string): Promise<StrategyDetail | null> {
  const [row] = await selectStrategies().where(and(eq(strategies.slug, slug), isPublic.strategy));
  if (!row) return null;
  const [priorityRows, actionRows] = await Promise.all([
    db.select().from(strategyPriorities).where(eq(strategyPriorities.strategyId, row.id)).orderBy(asc(strategyPriorities.sortOrder), asc(strategyPriorities.id)),
    db.select().from(strategyActions).where(eq(strategyActions.strategyId, row.id)).orderBy(asc(strategyActions.sortOrder), asc(strategyActions.id)),
  ]);
  const outcomeRows = priorityRows.length
    ? await db.select().from(priorityOutcomes).where(inArray(priorityOutcomes.priorityId, priorityRows.map((p) => p.id)))
        .orderBy(asc(priorityOutcomes.sortOrder), asc(priorityOutcomes.id))
    : [];
  const anchors = new Set<string>();
  const anchorFor = (ref: string) => {
    const base = `action-${ref.replace(/[^A-Za-z0-9]+/g, "-")}`;
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
    return anchor;
  };
  const views = new Map(actionRows.map((a) => [a.id, {
    anchor: anchorFor(a.ref), ref: a.ref, description: a.description, leadOfficer: a.leadOfficer, firstMilestone: a.firstMilestone,
    continuesUntil: a.continuesUntil, resources: a.resources, risks: a.risks, outputs: a.outputs, decisionRoute: a.decisionRoute,
  } satisfies StrategyActionView]));
  const toView = (a: (typeof actionRows)[number]): StrategyActionView => views.get(a.id)!;
  const priorityIds = new Set(priorityRows.map((p) => p.id));
  return {
    slug: row.slug, title: row.title, ...source(row),
    priorityCount: priorityRows.length, actionCount: actionRows.length,
    priorities: priorityRows.map((p) => ({
      number: p.number, title: p.title,
      outcomes: outcomeRows.filter((o) => o.priorityId === p.id).map((o) => o.text),
      actions: actionRows.filter((a) => a.priorityId === p.id).map(toView),
    })),
    otherActions: actionRows.filter((a) => a.priorityId === null || !priorityIds.has(a.priorityId)).map(toView),
    fieldsInUse: ACTION_FIELDS.filter((f) => actionRows.some((a) => a[f]?.trim())),
  };
}
