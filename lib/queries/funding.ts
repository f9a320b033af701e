import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { budgetLines, budgetLineValues, committees, fundingFacts, importIssues, importRuns, meetings, reports } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { isPublic } from "@/lib/queries/visibility";
import { columnOfIssue, linesMentioned, type FigureColumn } from "@/lib/charts/figures";
import { budgetLineSlug, slugify } from "@/lib/slug";

export type Unit = "GBP" | "GBP_thousands";

export interface FigureNote {
  /** The figure the note is about, when the importer's message says. */
  column: FigureColumn | null;
  code: string;
  message: string;
}

export interface BudgetValueView {
  line: { name: string; slug: string };
  lineAsPrinted: string;
  isTotal: boolean;
  budget: number | null;
  actual: number | null;
  variance: number | null;
  previousVariance: number | null;
  unit: Unit;
  sourceLine: number | null;
  notes: FigureNote[];
}

export interface BudgetTableView {
  name: string;
  /** Fragment id of the table on its finance report page. */
  anchor: string;
  /** The unit of the table (the most common unit of its rows). */
  unit: Unit;
  rows: BudgetValueView[];
}

export interface FinanceReportSummary {
  /** Route slug under /funding/reports/: the report's own slug (or the meeting's, when no report was tied). */
  slug: string;
  title: string;
  report: { slug: string; title: string } | null;
  meeting: { slug: string; date: string };
  committee: { name: string; slug: string };
  tables: { name: string; anchor: string; lineCount: number; noteCount: number }[];
}

export interface FinanceReportDetail extends FinanceReportSummary {
  budgetTables: BudgetTableView[];
}

export interface BudgetLineSummary {
  name: string;
  slug: string;
  committee: { name: string; slug: string };
  meetingCount: number;
  firstDate: string;
  lastDate: string;
}

export interface BudgetLineHistoryEntry {
  meeting: { slug: string; date: string };
  financeReportSlug: string;
  report: { slug: string; title: string } | null;
  tableName: string;
  tableAnchor: string;
  value: BudgetValueView;
}

export interface BudgetLineDetail extends BudgetLineSummary {
  history: BudgetLineHistoryEntry[];
}

// Defined beside the other slugs so the search indexer (no server-only imports) builds the same address.
export { budgetLineSlug } from "@/lib/slug";

interface FundingData {
  reports: FinanceReportDetail[];
  lines: BudgetLineDetail[];
}

const FUNDING_TAGS = [cacheTags.funding, cacheTags.reports, cacheTags.meetings];

/** Every published budget table, grouped by finance report and table, with the importer's notes on its figures. */
const loadFunding = cachedQuery("loadFunding", FUNDING_TAGS, () => assembleFunding());

/**
 * The published budget values `where` selects (all of them when undefined), assembled into finance
 * reports and budget lines. A record page selects only its own rows: a county's fifteen years of
 * values assemble to about 9 MB, past the data cache's 2 MB, so each of 400 funding pages rebuilt
 * the whole archive (1.6 s a page) when they all read it.
 */
async function assembleFunding(where?: SQL): Promise<FundingData> {
  const rows = await db
    .select({
      id: budgetLineValues.id, lineId: budgetLines.id, lineName: budgetLines.name,
      committeeName: committees.name, committeeSlug: committees.slug,
      meetingId: meetings.id, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
      reportId: reports.id, reportSlug: reports.slug, reportTitle: reports.title,
      tableName: budgetLineValues.tableName, lineAsPrinted: budgetLineValues.lineAsPrinted, unit: budgetLineValues.unit,
      isTotal: budgetLineValues.isTotal, budget: budgetLineValues.budget, actual: budgetLineValues.actual,
      variance: budgetLineValues.variance, previousVariance: budgetLineValues.previousVariance,
      sourceDocumentId: budgetLineValues.sourceDocumentId, sourceLine: budgetLineValues.sourceLine, sortOrder: budgetLineValues.sortOrder,
    })
    .from(budgetLineValues)
    .innerJoin(budgetLines, eq(budgetLines.id, budgetLineValues.budgetLineId))
    .innerJoin(meetings, eq(meetings.id, budgetLineValues.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(reports, eq(reports.id, budgetLineValues.reportId))
    .where(where ? and(isPublic.budgetLineValue, where) : isPublic.budgetLineValue)
    .orderBy(desc(meetings.meetingDate), asc(budgetLineValues.sourceLine), asc(budgetLineValues.sortOrder), asc(budgetLineValues.id));
  const visible = rows;

  const documentIds = [...new Set(visible.map((r) => r.sourceDocumentId).filter((d): d is number => d !== null))];
  const issueRows = documentIds.length
    ? await db
        .select({ documentId: importRuns.sourceDocumentId, line: importIssues.line, code: importIssues.code, message: importIssues.message })
        .from(importIssues)
        .innerJoin(importRuns, eq(importRuns.id, importIssues.importRunId))
        .where(inArray(importRuns.sourceDocumentId, documentIds))
    : [];
  // An issue sits on the line it was logged at and on any table line its message points to.
  const notesAt = new Map<string, FigureNote[]>();
  for (const i of issueRows) {
    const lines = new Set([...(i.line !== null ? [i.line] : []), ...linesMentioned(i.message)]);
    for (const line of lines) {
      const key = `${i.documentId}:${line}`;
      const list = notesAt.get(key) ?? [];
      if (!list.some((n) => n.message === i.message)) list.push({ column: columnOfIssue(i.message), code: i.code, message: i.message });
      notesAt.set(key, list);
    }
  }

  const reportsByKey = new Map<string, FinanceReportDetail>();
  const linesById = new Map<number, BudgetLineDetail>();
  for (const r of visible) {
    const report = r.reportId !== null && r.reportSlug && r.reportTitle ? { slug: r.reportSlug, title: r.reportTitle } : null;
    const key = report ? `r${r.reportId}` : `m${r.meetingId}`;
    let fr = reportsByKey.get(key);
    if (!fr) {
      fr = {
        slug: report?.slug ?? `${r.meetingSlug}-budget-tables`, title: report?.title ?? "Budget tables in the agenda pack", report,
        meeting: { slug: r.meetingSlug, date: r.meetingDate }, committee: { name: r.committeeName, slug: r.committeeSlug },
        tables: [], budgetTables: [],
      };
      reportsByKey.set(key, fr);
    }
    let table = fr.budgetTables.find((t) => t.name === r.tableName);
    if (!table) {
      table = { name: r.tableName, anchor: tableAnchor(r.tableName), unit: r.unit, rows: [] };
      fr.budgetTables.push(table);
    }
    const line = { name: r.lineName, slug: budgetLineSlug(r.lineId, r.lineName) };
    const value: BudgetValueView = {
      line, lineAsPrinted: r.lineAsPrinted, isTotal: r.isTotal, budget: r.budget, actual: r.actual, variance: r.variance,
      previousVariance: r.previousVariance, unit: r.unit, sourceLine: r.sourceLine,
      notes: r.sourceLine !== null ? notesAt.get(`${r.sourceDocumentId}:${r.sourceLine}`) ?? [] : [],
    };
    table.rows.push(value);

    let bl = linesById.get(r.lineId);
    if (!bl) {
      bl = { ...line, committee: fr.committee, meetingCount: 0, firstDate: r.meetingDate, lastDate: r.meetingDate, history: [] };
      linesById.set(r.lineId, bl);
    }
    bl.history.push({ meeting: fr.meeting, financeReportSlug: fr.slug, report, tableName: table.name, tableAnchor: table.anchor, value });
  }

  for (const fr of reportsByKey.values()) {
    for (const t of fr.budgetTables) {
      const units = new Map<Unit, number>();
      for (const row of t.rows) units.set(row.unit, (units.get(row.unit) ?? 0) + 1);
      t.unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0][0];
    }
    fr.tables = fr.budgetTables.map((t) => ({
      name: t.name, anchor: t.anchor, lineCount: t.rows.length, noteCount: t.rows.reduce((n, row) => n + row.notes.length, 0),
    }));
  }
  for (const bl of linesById.values()) {
    // Oldest first: the order a reader follows a line through the year.
    bl.history.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || (a.value.sourceLine ?? 0) - (b.value.sourceLine ?? 0));
    const dates = [...new Set(bl.history.map((h) => h.meeting.date))].sort();
    bl.meetingCount = dates.length;
    bl.firstDate = dates[0];
    bl.lastDate = dates[dates.length - 1];
  }
  return { reports: [...reportsByKey.values()], lines: [...linesById.values()] };
}

function tableAnchor(name: string): string {
  return `table-${slugify(name, 50)}`;
}

/** Finance reports that carry budget tables, newest meeting first. */
export async function listFinanceReports(): Promise<FinanceReportSummary[]> {
  return (await loadFunding()).reports.map(({ budgetTables: _tables, ...summary }) => summary);
}

/** Tables printed outside any report are filed under their meeting: `<meeting slug>-budget-tables`. */
const PACK_TABLES_SUFFIX = "-budget-tables";

export function getFinanceReportBySlug(slug: string): Promise<FinanceReportDetail | null> {
  return cachedRecord("getFinanceReportBySlug", slug, FUNDING_TAGS, async (s) => {
    const where = s.endsWith(PACK_TABLES_SUFFIX)
      ? or(eq(reports.slug, s), and(isNull(budgetLineValues.reportId), eq(meetings.slug, s.slice(0, -PACK_TABLES_SUFFIX.length))))
      : eq(reports.slug, s);
    return (await assembleFunding(where)).reports.find((r) => r.slug === s) ?? null;
  });
}

/** The committee's own budget table of a finance report, the one a reader most often wants. */
export async function getCommitteeBudgetTables(): Promise<{ report: FinanceReportSummary; table: BudgetTableView | null }[]> {
  return (await loadFunding()).reports.map(({ budgetTables, ...summary }) => ({
    report: summary,
    table: budgetTables.find((t) => /for this committee/i.test(t.name)) ?? null,
  }));
}

/** Budget lines printed in more than one meeting's finance report: the ones whose movement can be followed. */
export async function listRecurringBudgetLines(): Promise<BudgetLineSummary[]> {
  return (await loadFunding()).lines
    .filter((l) => l.meetingCount > 1)
    .map(({ history: _history, ...summary }) => summary)
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

export async function listBudgetLineSlugs(): Promise<string[]> {
  return (await loadFunding()).lines.map((l) => l.slug);
}

export function getBudgetLineBySlug(slug: string): Promise<BudgetLineDetail | null> {
  return cachedRecord("getBudgetLineBySlug", slug, FUNDING_TAGS, async (s) => {
    // The slug starts with the line's id (lib/slug.ts budgetLineSlug); the whole slug must still match.
    const id = Number(/^(\d+)-/.exec(s)?.[1]);
    if (!Number.isSafeInteger(id)) return null;
    return (await assembleFunding(eq(budgetLines.id, id))).lines.find((l) => l.slug === s) ?? null;
  });
}

export async function listFinanceReportSlugs(): Promise<string[]> {
  return (await loadFunding()).reports.map((r) => r.slug);
}

export interface FundingFactView {
  label: string;
  amountGbp: number;
  asPrinted: string;
  sourceLine: number | null;
}

export interface FundingFactGroup {
  meeting: { slug: string; date: string };
  committee: { name: string; slug: string };
  /** The report the sums were read from; null for other parts of the pack (e.g. minutes). */
  report: { slug: string; title: string } | null;
  anchor: string;
  facts: FundingFactView[];
}

/** Sums of money quoted in report text, by meeting (newest first) and report, in the order printed. */
export const listFundingFacts = cachedQuery(
  "listFundingFacts", [cacheTags.funding, cacheTags.reports, cacheTags.meetings],
  async (): Promise<FundingFactGroup[]> => {
    const rows = await db
      .select({
        label: fundingFacts.label, amountGbp: fundingFacts.amountGbp, asPrinted: fundingFacts.asPrinted, sourceLine: fundingFacts.sourceLine,
        meetingId: meetings.id, meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
        committeeName: committees.name, committeeSlug: committees.slug,
        reportId: reports.id, reportSlug: reports.slug, reportTitle: reports.title,
        reportSort: reports.sortOrder,
      })
      .from(fundingFacts)
      .innerJoin(meetings, eq(meetings.id, fundingFacts.meetingId))
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .leftJoin(reports, eq(reports.id, fundingFacts.reportId))
      .where(isPublic.fundingFact)
      .orderBy(desc(meetings.meetingDate), asc(fundingFacts.sourceLine), asc(fundingFacts.sortOrder), asc(fundingFacts.id));
    const groups: FundingFactGroup[] = [];
    for (const r of rows) {
      const report = r.reportSlug && r.reportTitle ? { slug: r.reportSlug, title: r.reportTitle } : null;
      const anchor = report ? `facts-${report.slug}` : `facts-${r.meetingSlug}-other`;
      let g = groups.find((x) => x.anchor === anchor);
      if (!g) {
        g = { meeting: { slug: r.meetingSlug, date: r.meetingDate }, committee: { name: r.committeeName, slug: r.committeeSlug }, report, anchor, facts: [] };
        groups.push(g);
      }
      g.facts.push({ label: r.label, amountGbp: r.amountGbp, asPrinted: r.asPrinted, sourceLine: r.sourceLine });
    }
    return groups;
  },
);
