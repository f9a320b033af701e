/**
 * Officer reports: the pack is split at report header blocks (title + To: / Meeting Date:);
 * each report runs to the next header, so appendices belong to it. Each range is read for its
 * header, contacts, implications, clearances, source documents, footnotes and body, and the
 * report is linked to its agenda item.
 */
import type { ParsedAgendaItem, ParsedReport } from "./parsed";
import type { PackContext } from "./pack-context";
import { isBlank, type Line } from "./source-lines";
import { clean, comparisonKey, joinSplitOrdinals } from "./text";
import { extractFootnotes } from "./footnotes";
import { parseBody } from "./report-body";
import { parseClearances, isClearanceStart } from "./report-clearances";
import { parseContacts } from "./report-contacts";
import { footContact, purposeFromSections, recommendationsFromSections } from "./report-sections";
import { findReportHeaders, parseReportHeader, type HeaderLocation } from "./report-header";
import { parseImplications } from "./report-implications";
import { isSourceDocumentsStart, parseSourceDocuments } from "./report-source-documents";

export function parseReports(ctx: PackContext): ParsedReport[] {
  const headers = findReportHeaders(ctx.lines);
  const reports: ParsedReport[] = [];
  const located: HeaderLocation[] = [];
  headers.forEach((h, k) => {
    const endIndex = k + 1 < headers.length ? headers[k + 1].startIndex : ctx.lines.length;
    try {
      reports.push(parseOneReport(ctx, h, endIndex));
      located.push(h);
    } catch (e) {
      ctx.issues.error("report-unreadable", ctx.lines[h.startIndex]?.n ?? null,
        `A report starting here could not be read (${e instanceof Error ? e.message : String(e)}).`);
    }
  });
  linkReportsToAgendaItems(reports, located, ctx);
  reportAddresseeVariants(reports, ctx);
  return reports;
}

/** A report addressed to a differently spelt committee ("Community and..." among "Communities and..."). */
function reportAddresseeVariants(reports: ParsedReport[], ctx: PackContext): void {
  const key = (to: string): string => comparisonKey(to).replace(/\s+meeting$/, "");
  const counts = new Map<string, number>();
  for (const r of reports) if (r.to) counts.set(key(r.to), (counts.get(key(r.to)) ?? 0) + 1);
  const [usual, usualCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (usualCount < 2) return;
  const usualPrinted = reports.find((r) => r.to && key(r.to) === usual)?.to;
  for (const r of reports) {
    if (r.to && key(r.to) !== usual) {
      ctx.issues.info("report-addressee-variant", r.line,
        `The report "${r.title}" is addressed to "${r.to}", while the other reports are addressed to "${usualPrinted}".`);
    }
  }
}

/** "APPENDIX 1", "Appendix A: Delivery Plan" (a line of its own, not a sentence naming one). */
function isAppendixHeading(raw: string): boolean {
  if (!/appendix/i.test(raw)) return false;
  const t = clean(raw);
  return /^appendix\s+[0-9A-Z]{1,3}(?:$|\s*[:\-–—.]\s*\S)/i.test(t) && t.length <= 100 && !/[.;,]$/.test(t);
}

function parseOneReport(ctx: PackContext, h: HeaderLocation, endIndex: number): ParsedReport {
  const header = parseReportHeader(ctx.lines, h, ctx.meetingDate, ctx.issues, endIndex);
  const { lines, footnotes } = extractFootnotes(ctx.lines.slice(header.endIndex, endIndex), ctx.issues);
  const contacts = parseContacts(lines, 0);
  const from = contacts.endIndex;
  const appendixAt = firstIndex(lines, from, (raw) => isAppendixHeading(raw));
  const sources = parseSourceDocuments(lines, from, appendixAt);
  const mainEnd = sources.startIndex >= 0 ? sources.endIndex : appendixAt;
  const clearances = parseClearances(lines, from, sources.startIndex >= 0 ? sources.startIndex : mainEnd);
  const implicationsEnd = [clearances.startIndex, sources.startIndex].filter((x) => x >= 0);
  const implications = parseImplications(lines, from, implicationsEnd.length > 0 ? Math.min(...implicationsEnd) : mainEnd,
    (raw) => isClearanceStart(raw) || isSourceDocumentsStart(raw) || isAppendixHeading(raw));
  const bodyEnd = implicationsEnd.length > 0 ? Math.min(...implicationsEnd) : mainEnd;
  const startLine = ctx.lines[h.startIndex].n;
  const report: ParsedReport = {
    agendaItem: null,
    title: header.title,
    from: header.from,
    keyDecision: header.keyDecision,
    forwardPlanRef: header.forwardPlanRef,
    purpose: header.purpose,
    recommendations: header.recommendations,
    officerContacts: contacts.officerContacts,
    memberContacts: contacts.memberContacts,
    implications: implications.implications,
    sourceDocuments: sources.documents,
    line: startLine,
    endLine: lastTextLine(ctx.lines, h.startIndex, endIndex),
    to: header.to,
    meetingDateAsPrinted: header.meetingDateAsPrinted,
    meetingDate: header.meetingDate,
    electoralDivisions: header.electoralDivisions,
    keyDecisionAsPrinted: header.keyDecisionAsPrinted,
    recommendationLeadIn: header.recommendationLeadIn,
    clearances: clearances.clearances,
    environmentImplications: implications.environmentImplications,
    footnotes,
    body: parseBody(lines.slice(from, Math.max(from, bodyEnd))),
  };
  fillFromSections(ctx, report, lines.slice(from, Math.max(from, mainEnd)));
  reportGaps(ctx, report, implications.startIndex >= 0);
  return withOrdinalsJoined(report);
}

/** Purpose, recommendations and contact printed in the body when the header has none (and the issues said so). */
function fillFromSections(ctx: PackContext, report: ParsedReport, body: Line[]): void {
  const dropIssue = (code: string) => {
    const k = ctx.issues.issues.findIndex((i) => i.code === code && i.line !== null && report.line !== null && i.line >= report.line && i.line <= report.line + 40);
    if (k >= 0) ctx.issues.issues.splice(k, 1);
  };
  if (report.purpose === null) {
    report.purpose = purposeFromSections(body);
    if (report.purpose !== null) dropIssue("report-purpose-missing");
  }
  if (report.recommendations.length === 0) {
    const recs = recommendationsFromSections(body);
    if (recs) {
      report.recommendations = recs.items;
      report.recommendationLeadIn = recs.leadIn;
      dropIssue("recommendations-missing");
    }
  }
  if (report.officerContacts.length === 0) {
    const contact = footContact(body);
    if (contact) report.officerContacts = [contact];
  }
}

/** "1 st April" (an extraction artefact) becomes "1st April" in every text of the report. */
function withOrdinalsJoined<T>(value: T): T {
  if (typeof value === "string") return joinSplitOrdinals(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withOrdinalsJoined(v)) as T;
  if (value !== null && typeof value === "object") {
    // A plain loop rather than fromEntries(entries()): this copies every block of every report.
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(source)) copy[key] = withOrdinalsJoined(source[key]);
    return copy as T;
  }
  return value;
}

function firstIndex(lines: Line[], from: number, pred: (raw: string) => boolean): number {
  for (let i = from; i < lines.length; i++) if (pred(lines[i].text)) return i;
  return lines.length;
}

function lastTextLine(lines: Line[], start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (!isBlank(lines[i])) return lines[i].n;
  return lines[start].n;
}

function reportGaps(ctx: PackContext, r: ParsedReport, hasImplications: boolean): void {
  if (r.officerContacts.length === 0) {
    ctx.issues.warn("report-contact-missing", r.line, `No officer contact could be read for the report "${r.title}".`);
  }
  if (!hasImplications) {
    ctx.issues.info("report-implications-missing", r.line, `No "Significant Implications" section was found in the report "${r.title}".`);
  }
}

// ---- Linking reports to agenda items -------------------------------------------------------

const STOPWORDS = new Set(["and", "the", "of", "for", "to", "a", "an", "in", "on", "with", "at", "by", "from"]);
const NON_REPORT_ITEM = /\b(?:minutes|action\s+log|apologies|petitions|public\s+questions|oral\s+updates?|date\s+of\s+(?:the\s+)?next\s+meeting)\b/i;

function titleTokens(s: string): Set<string> {
  return new Set(comparisonKey(s).split(" ").filter((t) => t !== "" && !STOPWORDS.has(t)).map((t) => t.replace(/s$/, "")));
}

/** Dice overlap of significant title words: drifting titles still share most of them. */
export function titleSimilarity(a: string, b: string): number {
  return tokenSimilarity(titleTokens(a), titleTokens(b));
}

function tokenSimilarity(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.size + y.size);
}

const MIN_PAIR_WEIGHT = 0.2;

function pairWeight(printed: string | null, item: ParsedAgendaItem, similarity: number): number {
  if (printed && normaliseItemNumber(printed) === normaliseItemNumber(item.number)) return 10;
  let w = similarity;
  w += item.pageStart !== null ? 0.25 : -0.25;
  if (NON_REPORT_ITEM.test(item.title)) w -= 0.2;
  return w;
}

function normaliseItemNumber(s: string): string {
  return s.toLowerCase().replace(/[.\s]/g, "");
}

/**
 * Best order-preserving assignment of reports to agenda items (dynamic programming over
 * title similarity, page ranges and printed item numbers).
 */
function linkReportsToAgendaItems(reports: ParsedReport[], headers: HeaderLocation[], ctx: PackContext): void {
  const items = ctx.agendaItems;
  const n = reports.length;
  const m = items.length;
  // Title words once per title, not once per (report, item) pair in the table below.
  const reportWords = reports.map((r) => titleTokens(r.title));
  const itemWords = items.map((item) => titleTokens(item.title));
  const weight = (r: number, i: number): number =>
    pairWeight(headers[r]?.agendaItemPrinted ?? null, items[i], tokenSimilarity(reportWords[r], itemWords[i]));
  const best: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(0));
  for (let r = 1; r <= n; r++) {
    for (let i = 1; i <= m; i++) {
      const w = weight(r - 1, i - 1);
      best[r][i] = Math.max(best[r - 1][i], best[r][i - 1], w >= MIN_PAIR_WEIGHT ? best[r - 1][i - 1] + w : -Infinity);
    }
  }
  for (let r = n, i = m; r > 0 && i > 0;) {
    const w = weight(r - 1, i - 1);
    if (w >= MIN_PAIR_WEIGHT && best[r][i] === best[r - 1][i - 1] + w) {
      reports[r - 1].agendaItem = items[i - 1].number;
      r--; i--;
    } else if (best[r][i] === best[r - 1][i]) r--;
    else i--;
  }
  reports.forEach((rep, k) => {
    const printed = headers[k]?.agendaItemPrinted ?? null;
    // A report on its own (no front sheet): the agenda item it prints is the only one it has.
    if (rep.agendaItem === null && m === 0 && printed) rep.agendaItem = printed.replace(/[.:]$/, "").trim();
    if (rep.agendaItem === null && m > 0) {
      ctx.issues.warn("report-agenda-item-unmatched", rep.line, `The report "${rep.title}" could not be matched to an agenda item.`);
    } else if (printed && rep.agendaItem !== null && normaliseItemNumber(printed) !== normaliseItemNumber(rep.agendaItem)) {
      ctx.issues.warn("report-agenda-item-mismatch", rep.line,
        `The report "${rep.title}" prints "Agenda Item No: ${printed}" but matches agenda item ${rep.agendaItem} by title and order.`);
    }
  });
}
