import "server-only";
import { and, asc, count, countDistinct, desc, eq, inArray, isNull, max, min, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db";
import { budgetLines, budgetLineValues, committees, fundingFacts, importIssues, importRuns, meetings, reports } from "@/lib/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cachedPagedQuery, cachedQuery, cachedRecord } from "@/lib/queries/cached";
import { countListRows, factGroupKey, financeReportKey } from "@/lib/queries/list-counts";
import { PAGE_SIZE, pageSlice } from "@/lib/pagination/page-model";
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
function committeeTable(tables: BudgetTableView[]): BudgetTableView | null {
  return tables.find((t) => /for this committee/i.test(t.name)) ?? null;
}

export interface FinanceReportsPage {
  total: number;
  reports: { report: FinanceReportSummary; table: BudgetTableView | null }[];
}

/**
 * One page of finance reports, newest meeting first, each with its committee's own table: the
 * page's reports are chosen in SQL (grouped as lib/queries/list-counts.ts counts them) and only
 * their budget values are assembled. `size` lets /funding show the latest few.
 */
export const listFinanceReportsPage = cachedPagedQuery(
  "listFinanceReportsPage", FUNDING_TAGS,
  async (page: number = 1, size: number = PAGE_SIZE): Promise<FinanceReportsPage> => {
    const { limit, offset } = pageSlice(page, size);
    const [total, groups] = await Promise.all([
      countListRows("funding-reports"),
      db.select({ reportId: budgetLineValues.reportId, meetingId: budgetLineValues.meetingId, reportSlug: reports.slug, meetingSlug: meetings.slug })
        .from(budgetLineValues)
        .innerJoin(meetings, eq(meetings.id, budgetLineValues.meetingId))
        .leftJoin(reports, eq(reports.id, budgetLineValues.reportId))
        .where(isPublic.budgetLineValue)
        .groupBy(financeReportKey)
        .orderBy(desc(max(meetings.meetingDate)), asc(financeReportKey))
        .limit(limit).offset(offset),
    ]);
    if (groups.length === 0) return { total, reports: [] };
    const reportIds = groups.flatMap((g) => (g.reportId !== null ? [g.reportId] : []));
    const meetingIds = groups.flatMap((g) => (g.reportId === null ? [g.meetingId] : []));
    const { reports: assembled } = await assembleFunding(or(
      reportIds.length ? inArray(budgetLineValues.reportId, reportIds) : undefined,
      meetingIds.length ? and(isNull(budgetLineValues.reportId), inArray(budgetLineValues.meetingId, meetingIds)) : undefined,
    ));
    const bySlug = new Map(assembled.map((r) => [r.slug, r]));
    return {
      total,
      reports: groups.flatMap((g) => {
        const fr = bySlug.get(g.reportSlug ?? `${g.meetingSlug}${PACK_TABLES_SUFFIX}`);
        if (!fr) return [];
        const { budgetTables, ...summary } = fr;
        return [{ report: summary, table: committeeTable(budgetTables) }];
      }),
    };
  },
);

export interface BudgetLinesPage { total: number; lines: BudgetLineSummary[] }

/** One page of the budget lines printed for more than one meeting, alphabetical, summarised in SQL. */
export const listRecurringBudgetLinesPage = cachedPagedQuery(
  "listRecurringBudgetLinesPage", FUNDING_TAGS,
  async (page: number = 1, size: number = PAGE_SIZE): Promise<BudgetLinesPage> => {
    const { limit, offset } = pageSlice(page, size);
    const [total, rows] = await Promise.all([
      countListRows("funding-lines"),
      db.select({
        id: budgetLines.id, name: budgetLines.name, committeeName: committees.name, committeeSlug: committees.slug,
        meetingCount: countDistinct(budgetLineValues.meetingId), firstDate: min(meetings.meetingDate), lastDate: max(meetings.meetingDate),
      })
        .from(budgetLineValues)
        .innerJoin(budgetLines, eq(budgetLines.id, budgetLineValues.budgetLineId))
        .innerJoin(committees, eq(committees.id, budgetLines.committeeId))
        .innerJoin(meetings, eq(meetings.id, budgetLineValues.meetingId))
        .where(isPublic.budgetLineValue)
        .groupBy(budgetLines.id)
        .having(sql`count(distinct ${budgetLineValues.meetingId}) > 1`)
        .orderBy(sql`lower(${budgetLines.name})`, asc(budgetLines.id))
        .limit(limit).offset(offset),
    ]);
    return {
      total,
      lines: rows.map((r) => ({
        name: r.name, slug: budgetLineSlug(r.id, r.name), committee: { name: r.committeeName, slug: r.committeeSlug },
        meetingCount: r.meetingCount, firstDate: r.firstDate ?? "", lastDate: r.lastDate ?? "",
      })),
    };
  },
);

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

export interface FundingFactsPage {
  /** Groups (a report's sums, or the rest of a meeting's pack) in the whole list. */
  total: number;
  /** Sums in the whole list. */
  sums: number;
  groups: FundingFactGroup[];
}

/**
 * One page of the sums of money quoted in report text, a group per report (or the rest of a
 * meeting's pack), newest meeting first, each group's sums in the order printed. The page's groups
 * are chosen in SQL; `size` lets /funding show the latest few.
 */
export const listFundingFactsPage = cachedPagedQuery(
  "listFundingFactsPage", [cacheTags.funding, cacheTags.reports, cacheTags.meetings],
  async (page: number = 1, size: number = PAGE_SIZE): Promise<FundingFactsPage> => {
    const { limit, offset } = pageSlice(page, size);
    const [total, [sums], keys] = await Promise.all([
      countListRows("funding-facts"),
      db.select({ n: count() }).from(fundingFacts).where(isPublic.fundingFact),
      db.select({ key: factGroupKey })
        .from(fundingFacts)
        .innerJoin(meetings, eq(meetings.id, fundingFacts.meetingId))
        .where(isPublic.fundingFact)
        .groupBy(factGroupKey)
        .orderBy(desc(max(meetings.meetingDate)), asc(factGroupKey))
        .limit(limit).offset(offset),
    ]);
    if (keys.length === 0) return { total, sums: sums?.n ?? 0, groups: [] };
    const rows = await db
      .select({
        key: factGroupKey,
        label: fundingFacts.label, amountGbp: fundingFacts.amountGbp, asPrinted: fundingFacts.asPrinted, sourceLine: fundingFacts.sourceLine,
        meetingSlug: meetings.slug, meetingDate: meetings.meetingDate,
        committeeName: committees.name, committeeSlug: committees.slug,
        reportSlug: reports.slug, reportTitle: reports.title,
      })
      .from(fundingFacts)
      .innerJoin(meetings, eq(meetings.id, fundingFacts.meetingId))
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .leftJoin(reports, eq(reports.id, fundingFacts.reportId))
      .where(and(isPublic.fundingFact, inArray(factGroupKey, keys.map((k) => k.key))))
      .orderBy(asc(fundingFacts.sourceLine), asc(fundingFacts.sortOrder), asc(fundingFacts.id));
    const groups = new Map<string, FundingFactGroup>();
    for (const r of rows) {
      let g = groups.get(r.key);
      if (!g) {
        const report = r.reportSlug && r.reportTitle ? { slug: r.reportSlug, title: r.reportTitle } : null;
        const anchor = report ? `facts-${report.slug}` : `facts-${r.meetingSlug}-other`;
        g = { meeting: { slug: r.meetingSlug, date: r.meetingDate }, committee: { name: r.committeeName, slug: r.committeeSlug }, report, anchor, facts: [] };
        groups.set(r.key, g);
      }
      g.facts.push({ label: r.label, amountGbp: r.amountGbp, asPrinted: r.asPrinted, sourceLine: r.sourceLine });
    }
    return { total, sums: sums?.n ?? 0, groups: keys.flatMap((k) => groups.get(k.key) ?? []) };
  },
);
