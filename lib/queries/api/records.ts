import "server-only";
/**
 * Actions, budget figures, funding facts, agenda-plan entries and strategies for the open-data API:
 * public records only (lib/queries/visibility.ts), a page at a time, in id order so pages are stable.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  actions, agendaPlanEntries, budgetLineValues, budgetLines, committees, fundingFacts, meetings, priorityOutcomes, reports, strategies,
  strategyActions, strategyPriorities,
} from "@/lib/db/schema";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import { budgetLineSlug } from "@/lib/queries/funding";
import { pageUrl } from "@/lib/api/urls";
import type { ActionOut, AgendaPlanEntryOut, BudgetLineOut, FundingFactOut, StrategyOut, StrategyWithActionsOut } from "@/lib/api/schemas/records";
import { committeeRef, meetingRef, reportRef } from "./refs";
import { pageOf, type PageOf, type PageWindow } from "./window";

const ALL: PageWindow = { limit: -1, offset: 0 };
const committeeColumns = { id: committees.id, slug: committees.slug, name: committees.name };
const meetingColumns = { id: meetings.id, slug: meetings.slug, date: meetings.meetingDate };
const reportColumns = { id: reports.id, slug: reports.slug, title: reports.title };

export async function listApiActions(w: PageWindow = ALL, only?: number): Promise<PageOf<ActionOut>> {
  const where = and(isPublic.action, only ? eq(actions.id, only) : undefined);
  const rows = db
    .select({ a: actions, committee: committeeColumns, meeting: meetingColumns })
    .from(actions)
    .innerJoin(committees, eq(committees.id, actions.committeeId))
    .leftJoin(meetings, joinPublic.meeting(actions.originMeetingId))
    .where(where).orderBy(asc(actions.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ a, committee, meeting }) => ({
      id: a.id, slug: a.slug, url: pageUrl(`/actions/${a.slug}`), committee: committeeRef(committee), originMeeting: meeting ? meetingRef(meeting) : null,
      originMeetingDate: a.originMeetingDate, minuteNumber: a.minuteNumber, itemTitle: a.itemTitle, description: a.description,
      responsible: a.responsible, status: a.status, isComplete: a.isComplete, updatedAt: a.updatedAt,
    })));
  return pageOf(db.$count(actions, where), rows);
}

export async function listApiBudgetLines(w: PageWindow = ALL): Promise<PageOf<BudgetLineOut>> {
  const where = isPublic.budgetLineValue;
  const rows = db
    .select({ v: budgetLineValues, lineName: budgetLines.name, committee: committeeColumns, meeting: meetingColumns, report: reportColumns })
    .from(budgetLineValues)
    .innerJoin(budgetLines, eq(budgetLines.id, budgetLineValues.budgetLineId))
    .innerJoin(meetings, eq(meetings.id, budgetLineValues.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(reports, joinPublic.report(budgetLineValues.reportId))
    .where(where).orderBy(asc(budgetLineValues.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ v, lineName, committee, meeting, report }) => ({
      id: v.id,
      line: { id: v.budgetLineId, name: lineName, url: pageUrl(`/funding/lines/${budgetLineSlug(v.budgetLineId, lineName)}`) },
      committee: committeeRef(committee), meeting: meetingRef(meeting), report: report ? reportRef(report) : null,
      table: v.tableName, lineAsPrinted: v.lineAsPrinted, unit: v.unit, isTotal: v.isTotal, budget: v.budget, actual: v.actual,
      variance: v.variance, previousVariance: v.previousVariance,
    })));
  return pageOf(db.$count(budgetLineValues, where), rows);
}

export async function listApiFundingFacts(w: PageWindow = ALL): Promise<PageOf<FundingFactOut>> {
  const where = isPublic.fundingFact;
  const rows = db
    .select({ f: fundingFacts, meeting: meetingColumns, report: reportColumns })
    .from(fundingFacts)
    .innerJoin(meetings, eq(meetings.id, fundingFacts.meetingId))
    .leftJoin(reports, joinPublic.report(fundingFacts.reportId))
    .where(where).orderBy(asc(fundingFacts.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ f, meeting, report }) => ({
      id: f.id, meeting: meetingRef(meeting), report: report ? reportRef(report) : null, label: f.label, amountGbp: f.amountGbp, asPrinted: f.asPrinted,
    })));
  return pageOf(db.$count(fundingFacts, where), rows);
}

export async function listApiAgendaPlanEntries(w: PageWindow = ALL): Promise<PageOf<AgendaPlanEntryOut>> {
  const where = isPublic.agendaPlanEntry;
  const rows = db
    .select({ e: agendaPlanEntries, committee: committeeColumns, meeting: meetingColumns })
    .from(agendaPlanEntries)
    .innerJoin(committees, eq(committees.id, agendaPlanEntries.committeeId))
    .innerJoin(meetings, eq(meetings.id, agendaPlanEntries.publishedWithMeetingId))
    .where(where).orderBy(asc(agendaPlanEntries.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ e, committee, meeting }) => ({
      id: e.id, committee: committeeRef(committee), publishedWith: meetingRef(meeting), meetingDate: e.meetingDate,
      meetingDateAsPrinted: e.meetingDateAsPrinted, isReserve: e.isReserve, isProvisional: e.isProvisional, item: e.item,
      leadOfficer: e.leadOfficer, keyDecisionRef: e.keyDecisionRef, draftDeadline: e.draftDeadline, despatchDate: e.despatchDate,
    })));
  return pageOf(db.$count(agendaPlanEntries, where), rows);
}

export async function listApiStrategies(w: PageWindow = ALL, only?: number): Promise<PageOf<StrategyOut>> {
  const where = and(isPublic.strategy, only ? eq(strategies.id, only) : undefined);
  const rows = db
    .select({ s: strategies, committee: committeeColumns, meeting: meetingColumns, report: reportColumns })
    .from(strategies)
    .innerJoin(committees, eq(committees.id, strategies.committeeId))
    .innerJoin(meetings, eq(meetings.id, strategies.meetingId))
    .leftJoin(reports, joinPublic.report(strategies.reportId))
    .where(where).orderBy(asc(strategies.id)).limit(w.limit).offset(w.offset)
    .then((list) => list.map(({ s, committee, meeting, report }) => ({
      id: s.id, slug: s.slug, url: pageUrl(`/strategies/${s.slug}`), title: s.title, committee: committeeRef(committee),
      meeting: meetingRef(meeting), report: report ? reportRef(report) : null,
    })));
  return pageOf(db.$count(strategies, where), rows);
}

/** One public strategy with its priorities, their outcomes, and its actions. */
export async function getApiStrategy(id: number): Promise<StrategyWithActionsOut | null> {
  const [strategy] = (await listApiStrategies({ limit: 1, offset: 0 }, id)).rows;
  if (!strategy) return null;
  const priorities = await db.select().from(strategyPriorities).where(eq(strategyPriorities.strategyId, id))
    .orderBy(asc(strategyPriorities.sortOrder), asc(strategyPriorities.id));
  const outcomes = priorities.length
    ? await db.select().from(priorityOutcomes).where(inArray(priorityOutcomes.priorityId, priorities.map((p) => p.id)))
      .orderBy(asc(priorityOutcomes.sortOrder), asc(priorityOutcomes.id))
    : [];
  const actionRows = await db.select().from(strategyActions).where(eq(strategyActions.strategyId, id))
    .orderBy(asc(strategyActions.sortOrder), asc(strategyActions.id));
  const numberOf = new Map(priorities.map((p) => [p.id, p.number]));
  return {
    ...strategy,
    priorities: priorities.map((p) => ({ number: p.number, title: p.title, outcomes: outcomes.filter((o) => o.priorityId === p.id).map((o) => o.text) })),
    actions: actionRows.map((a) => ({
      ref: a.ref, priority: a.priorityId !== null ? numberOf.get(a.priorityId) ?? null : null, description: a.description,
      leadOfficer: a.leadOfficer, firstMilestone: a.firstMilestone, continuesUntil: a.continuesUntil, resources: a.resources,
      risks: a.risks, outputs: a.outputs, decisionRoute: a.decisionRoute,
    })),
  };
}


