import "server-only";
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { db } from "@/lib/db";
import {
  agendaItems, agendaPlanEntries, budgetLineValues, committees, environmentImplications, footnotes, fundingFacts, meetings, minuteEntries, minutes,
  officerClearances, people, recommendations, reportContacts, reportImplications, reports, reportSections, reportSourceDocuments,
} from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows } from "@/lib/queries/list-counts";
import { pageSlice } from "@/lib/pagination/page-model";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import { readableCase } from "@/lib/text/readable-case";
import { minuteRef, type MinuteRef } from "@/lib/minute-label";
import { loadResolutionViews, type ResolutionView } from "@/lib/queries/decisions";
import { meetingStatus, type MeetingStatus, type PersonLink } from "@/lib/queries/meetings";
import { papersHref } from "@/lib/papers/paths";
import { groupPlannedMeetings } from "@/lib/planned-meetings";

export interface ReportListEntry {
  slug: string;
  title: string;
  keyDecision: boolean | null;
  meeting: { slug: string; date: string };
  committee: { name: string; slug: string };
  agendaItemNumber: string | null;
}

export interface ReportsPage {
  total: number;
  reports: ReportListEntry[];
}

/**
 * One page of the reports list: newest meeting first, in agenda order (a meeting's reports stay
 * together, in order, though a page break may fall among them). LIMIT/OFFSET plus the COUNT in SQL.
 */
export const listReportsPage = cachedPagedQuery(
  "listReportsPage", [cacheTags.reports, cacheTags.meetings],
  async (page: number = 1): Promise<ReportsPage> => {
    const { limit, offset } = pageSlice(page);
    const [total, rows] = await Promise.all([
      countListRows("reports"),
      db.select({
        slug: reports.slug, title: reports.title, keyDecision: reports.keyDecision, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
        committeeName: committees.name, committeeSlug: committees.slug, agendaItemNumber: agendaItems.numberLabel,
      })
        .from(reports)
        .innerJoin(meetings, eq(meetings.id, reports.meetingId))
        .innerJoin(committees, eq(committees.id, meetings.committeeId))
        .leftJoin(agendaItems, eq(agendaItems.id, reports.agendaItemId))
        .where(isPublic.report)
        .orderBy(desc(meetings.meetingDate), asc(committees.name), asc(meetings.id), asc(reports.sortOrder), asc(reports.id))
        .limit(limit).offset(offset),
    ]);
    return {
      total,
      reports: rows.map((r) => ({
        slug: r.slug, title: r.title, keyDecision: r.keyDecision, meeting: { slug: r.meetingSlug, date: r.meetingDate },
        committee: { name: r.committeeName, slug: r.committeeSlug }, agendaItemNumber: r.agendaItemNumber,
      })),
    };
  },
);

/** Every public report's slug, for generateStaticParams: one column, not the whole list. */
export async function listReportSlugs(): Promise<string[]> {
  return (await db.select({ slug: reports.slug }).from(reports).where(isPublic.report).orderBy(desc(reports.id))).map((r) => r.slug);
}

export type ReportBlock =
  | { kind: "heading"; number: string | null; level: number; text: string }
  | { kind: "paragraph"; number: string | null; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; header: string[]; rows: string[][]; caption: string };

export interface ReportContactView {
  type: "officer" | "member";
  name: string;
  post: string | null;
  email: string | null;
  telephone: string | null;
  person: PersonLink | null;
}

export interface BudgetTable {
  name: string;
  unit: "GBP" | "GBP_thousands";
  rows: { line: string; isTotal: boolean; budget: number | null; actual: number | null; variance: number | null; previousVariance: number | null }[];
}

export interface ReportDetail {
  slug: string;
  title: string;
  toText: string | null;
  meetingDateAsPrinted: string | null;
  fromText: string | null;
  electoralDivisions: string | null;
  keyDecision: boolean | null;
  keyDecisionAsPrinted: string | null;
  forwardPlanRef: string | null;
  purpose: string | null;
  recommendationLeadIn: string | null;
  meeting: {
    slug: string; date: string; committee: { name: string; slug: string }; hasMinutes: boolean;
    startTime: string | null; venue: string | null; isVirtual: boolean; virtualPlatforms: string | null; status: MeetingStatus;
    /** With no minutes yet: the later meeting the pack's agenda plan lists them for, if any. */
    minutesPlannedFor: string | null;
  };
  agendaItem: { number: string; title: string; pageStart: number | null; pageEnd: number | null; papersHref: string | null } | null;
  recommendations: { label: string | null; text: string }[];
  contacts: ReportContactView[];
  body: ReportBlock[];
  implications: { category: string; text: string | null }[];
  environment: { number: number | null; implication: string; status: string | null; explanation: string | null }[];
  clearances: { question: string; answer: string | null; officerName: string | null }[];
  sourceDocuments: { title: string; location: string | null }[];
  footnotes: { marker: string; text: string }[];
  /** What the minutes resolved on this report (minute entries that considered it). */
  decisions: { minute: MinuteRef & { title: string }; meeting: { slug: string; date: string }; resolutions: ResolutionView[] }[];
  funding: { label: string; amountGbp: number; asPrinted: string }[];
  budgetTables: BudgetTable[];
  /** Where the report sits in its source document, for clerks' tools (not shown to readers). */
  lines: { from: number | null; to: number | null };
  updatedAt: string;
}

type SectionRow = typeof reportSections.$inferSelect;

/** The body as blocks for display; tables get a caption naming where they sit in the report. */
export function toReportBlocks(rows: SectionRow[], properNames: readonly string[] = []): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let heading: { number: string | null; text: string } | null = null;
  let tableCount = 0;
  for (const r of rows) {
    if (r.kind === "heading") {
      heading = { number: r.number, text: r.text ?? "" };
      blocks.push({ kind: "heading", number: r.number, level: r.level ?? 1, text: r.text ?? "" });
    } else if (r.kind === "paragraph") {
      if (r.text?.trim()) blocks.push({ kind: "paragraph", number: r.number, text: r.text });
    } else if (r.kind === "list") {
      const items = Array.isArray(r.data) ? r.data.filter((i) => typeof i === "string" && i.trim()) : r.text ? [r.text] : [];
      if (items.length) blocks.push({ kind: "list", items });
    } else if (r.kind === "table" && r.data && !Array.isArray(r.data)) {
      tableCount++;
      const where = heading ? `, section ${heading.number ? `${heading.number}: ` : ""}${readableCase(heading.text, { properNames })}` : "";
      blocks.push({
        kind: "table", header: r.data.header ?? [], rows: r.data.rows ?? [],
        caption: r.text?.trim() || `Table ${tableCount}${where}`,
      });
    }
  }
  return blocks;
}

const IMPLICATIONS_HEADING = /^significant implications$/i;

/**
 * Drop the "Significant implications" part of the body when the implications were also read
 * as structured records: the page shows those by category instead of twice.
 */
export function withoutImplicationsPart(blocks: ReportBlock[], hasStructuredImplications: boolean): ReportBlock[] {
  if (!hasStructuredImplications) return blocks;
  const start = blocks.findIndex((b) => b.kind === "heading" && IMPLICATIONS_HEADING.test(b.text.trim()));
  if (start < 0) return blocks;
  const level = (blocks[start] as { level: number }).level;
  let end = start + 1;
  while (end < blocks.length && !(blocks[end].kind === "heading" && (blocks[end] as { level: number }).level <= level)) end++;
  return [...blocks.slice(0, start), ...blocks.slice(end)];
}

/** A published report's page; null when it is not public. */
export function getReportBySlug(slug: string): Promise<ReportDetail | null> {
  return cachedRecord("getReportBySlug", slug, [cacheTags.report(slug), cacheTags.people], loadReport);
}

async function loadReport(slug: string): Promise<ReportDetail | null> {
  const [row] = await db
    .select({
      report: reports, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate, meetingId: meetings.id,
      startTime: meetings.startTime, venue: meetings.venue, isVirtual: meetings.isVirtual, virtualPlatforms: meetings.virtualPlatforms,
      storedStatus: meetings.status, packId: meetings.sourceDocumentId,
      committeeName: committees.name, committeeSlug: committees.slug,
    })
    .from(reports)
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(and(eq(reports.slug, slug), isPublic.report))
    .limit(1);
  if (!row) return null;
  const r = row.report;
  const [
    item, recRows, contactRows, sectionRows, implicationRows, envRows, clearanceRows, sourceRows, footnoteRows,
    entryRows, minutesRow, fundingRows, budgetRows,
  ] = await Promise.all([
    r.agendaItemId === null ? Promise.resolve(undefined) : db.select().from(agendaItems).where(eq(agendaItems.id, r.agendaItemId)).then((x) => x[0]),
    db.select().from(recommendations).where(eq(recommendations.reportId, r.id)).orderBy(asc(recommendations.sortOrder), asc(recommendations.id)),
    db.select({ c: reportContacts, slug: people.slug, fullName: people.fullName })
      .from(reportContacts).leftJoin(people, joinPublic.person(reportContacts.personId))
      .where(eq(reportContacts.reportId, r.id)).orderBy(asc(reportContacts.sortOrder), asc(reportContacts.id)),
    db.select().from(reportSections).where(eq(reportSections.reportId, r.id)).orderBy(asc(reportSections.sortOrder), asc(reportSections.id)),
    db.select().from(reportImplications).where(eq(reportImplications.reportId, r.id)).orderBy(asc(reportImplications.sortOrder), asc(reportImplications.id)),
    db.select().from(environmentImplications).where(eq(environmentImplications.reportId, r.id)).orderBy(asc(environmentImplications.sortOrder), asc(environmentImplications.id)),
    db.select().from(officerClearances).where(eq(officerClearances.reportId, r.id)).orderBy(asc(officerClearances.sortOrder), asc(officerClearances.id)),
    db.select().from(reportSourceDocuments).where(eq(reportSourceDocuments.reportId, r.id)).orderBy(asc(reportSourceDocuments.sortOrder), asc(reportSourceDocuments.id)),
    db.select().from(footnotes).where(eq(footnotes.reportId, r.id)).orderBy(asc(footnotes.id)),
    db.select({
      id: minuteEntries.id, minuteNumber: minuteEntries.minuteNumber, numberLabel: minuteEntries.numberLabel, sortOrder: minuteEntries.sortOrder,
      title: minuteEntries.title, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
    })
      .from(minuteEntries).innerJoin(minutes, eq(minutes.id, minuteEntries.minutesId)).innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(and(eq(minuteEntries.reportId, r.id), isPublic.minutes))
      .orderBy(asc(meetings.meetingDate), asc(minuteEntries.sortOrder), asc(minuteEntries.minuteNumber)),
    db.query.minutes.findFirst({ where: and(eq(minutes.meetingId, row.meetingId), isPublic.minutes), columns: { id: true } }),
    db.select({ label: fundingFacts.label, amountGbp: fundingFacts.amountGbp, asPrinted: fundingFacts.asPrinted })
      .from(fundingFacts).where(eq(fundingFacts.reportId, r.id)).orderBy(asc(fundingFacts.sortOrder), asc(fundingFacts.id)),
    db.select().from(budgetLineValues).where(eq(budgetLineValues.reportId, r.id)).orderBy(asc(budgetLineValues.sortOrder), asc(budgetLineValues.id)),
  ]);
  const [resolutionViews, minutesPlannedFor] = await Promise.all([
    loadResolutionViews(entryRows.map((e) => e.id)),
    minutesRow ? Promise.resolve(null) : plannedMinutesDate(row.meetingId, row.meetingDate),
  ]);
  const budgetTables: BudgetTable[] = [];
  for (const b of budgetRows) {
    let table = budgetTables.find((t) => t.name === b.tableName && t.unit === b.unit);
    if (!table) budgetTables.push((table = { name: b.tableName, unit: b.unit, rows: [] }));
    table.rows.push({ line: b.lineAsPrinted, isTotal: b.isTotal, budget: b.budget, actual: b.actual, variance: b.variance, previousVariance: b.previousVariance });
  }
  return {
    slug: r.slug, title: r.title, toText: r.toText, meetingDateAsPrinted: r.meetingDateAsPrinted, fromText: r.fromText,
    electoralDivisions: r.electoralDivisions, keyDecision: r.keyDecision, keyDecisionAsPrinted: r.keyDecisionAsPrinted,
    forwardPlanRef: r.forwardPlanRef, purpose: r.purpose, recommendationLeadIn: r.recommendationLeadIn,
    meeting: {
      slug: row.meetingSlug, date: row.meetingDate, committee: { name: row.committeeName, slug: row.committeeSlug }, hasMinutes: Boolean(minutesRow),
      startTime: row.startTime, venue: row.venue, isVirtual: row.isVirtual, virtualPlatforms: row.virtualPlatforms,
      status: meetingStatus(row.storedStatus, row.meetingDate), minutesPlannedFor,
    },
    agendaItem: item ? {
      number: item.numberLabel, title: item.title, pageStart: item.pageStart, pageEnd: item.pageEnd,
      papersHref: item.pageStart !== null && row.packId !== null ? papersHref(row.meetingSlug, item.numberLabel) : null,
    } : null,
    recommendations: recRows.map((x) => ({ label: x.label, text: x.text })),
    contacts: contactRows.map(({ c, slug: personSlug, fullName }) => ({
      type: c.contactType, name: c.name, post: c.post, email: c.email, telephone: c.telephone,
      person: personSlug && fullName ? { slug: personSlug, name: fullName } : null,
    })),
    body: withoutImplicationsPart(toReportBlocks(sectionRows, [row.committeeName]), implicationRows.length > 0),
    implications: implicationRows.map((x) => ({ category: x.category, text: x.text })),
    environment: envRows.map((x) => ({ number: x.number, implication: x.implication, status: x.status, explanation: x.explanation })),
    clearances: clearanceRows.map((x) => ({ question: x.question, answer: x.answer, officerName: x.officerName })),
    sourceDocuments: sourceRows.map((x) => ({ title: x.title, location: x.location })),
    footnotes: footnoteRows.map((x) => ({ marker: x.marker, text: x.text })),
    decisions: entryRows.map((e) => ({
      minute: { ...minuteRef(e), title: e.title }, meeting: { slug: e.meetingSlug, date: e.meetingDate },
      resolutions: resolutionViews.get(e.id) ?? [],
    })),
    funding: fundingRows,
    budgetTables,
    lines: { from: r.sourceLine, to: r.sourceLineEnd },
    updatedAt: r.updatedAt,
  };
}

/** The meeting that the agenda plan printed in this meeting's pack lists to approve its minutes. */
async function plannedMinutesDate(meetingId: number, meetingDate: string): Promise<string | null> {
  const rows = await db.select({ date: agendaPlanEntries.meetingDate, isProvisional: agendaPlanEntries.isProvisional, item: agendaPlanEntries.item })
    .from(agendaPlanEntries)
    .where(and(eq(agendaPlanEntries.publishedWithMeetingId, meetingId), gt(agendaPlanEntries.meetingDate, meetingDate), isPublic.agendaPlanEntry))
    .orderBy(asc(agendaPlanEntries.meetingDate), asc(agendaPlanEntries.sortOrder));
  return groupPlannedMeetings(rows, meetingDate).find((m) => m.takesLatestMinutes)?.date ?? null;
}
