import { createHash } from "node:crypto";
import { parseActionLogs } from "./action-log";
import { toDocumentLines } from "./document/document-lines";
import { parseAgendaPlan } from "./agenda-plan";
import { parseBudgetLines } from "./budget-lines";
import { parseDecisionNotice } from "./decision-notice";
import type { DocLine } from "./document/document-lines";
import { withFixedWidthTablesAsTabs } from "./document/fixed-width-tables";
import { detectParts, type DocumentPart } from "./document/detect-parts";
import { describeUnrecognised, meetingFromParts, reportUnreadParts } from "./document/document-summary";
import { parseFrontSheet, type FrontSheet } from "./front-sheet";
import { parseFundingFacts } from "./funding-facts";
import { guardRecords } from "./guard-records";
import { IssueLog } from "./issue-log";
import { parseMinutes } from "./minutes";
import { parseOutsideBodies } from "./outside-bodies";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { repairReaderText } from "./reader-text";
import { parseReports } from "./reports";
import { parseStrategies } from "./strategies";
import { parseWorkshops } from "./workshops";
import { countWords } from "../text/word-breaks";

/** Thrown when a text cannot be read as an agenda pack at all. */
export class NotAnAgendaPackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAnAgendaPackError";
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Turn the text of a committee document (an agenda pack, a front sheet, minutes, a decision
 * notice, or several of these in one file) into structured records. Pure: no I/O, no database.
 * The document model finds its parts; each is read by the parser for its kind, and what no
 * part covers is reported as an issue. Throws NotAnAgendaPackError only when nothing at all
 * could be recognised.
 */
export function parsePack(text: string, fileName: string): ParsedPack {
  if (text.includes("\u0000")) throw new NotAnAgendaPackError("the file is binary, not the text of an agenda pack");
  if (text.trim() === "") throw new NotAnAgendaPackError("the file is empty");
  const allLines = toDocumentLines(text);
  const lines = allLines.filter((l) => !l.furniture);
  const issues = new IssueLog();
  const parts = detectParts(lines);
  const front = readFrontSheet(lines, parts, issues);
  const ctx: PackContext = { lines, issues, meetingDate: front?.meeting.date ?? null, agendaItems: front?.agendaItems ?? [], reports: [] };
  ctx.reports = parseReports(ctx);
  const minutes = parseMinutes(ctx, parts.filter((p) => p.kind === "minutes"));
  const decisions = parts.filter((p) => p.kind === "decisionNotice").map((p) => parseDecisionNotice(ctx, p.start, p.end));
  // Tables laid out with spaces are read as the tab tables the table parsers know.
  const tableCtx: PackContext = { ...ctx, lines: withFixedWidthTablesAsTabs(lines) };
  const recordsOf = {
    actionLog: parseActionLogs(tableCtx),
    agendaPlan: parseAgendaPlan(tableCtx),
    workshops: parseWorkshops(ctx),
    strategies: parseStrategies(ctx),
    budgetLines: parseBudgetLines(ctx),
  };
  const recognised = front !== null || minutes.length > 0 || decisions.length > 0 || ctx.reports.length > 0
    || recordsOf.actionLog.length > 0 || recordsOf.agendaPlan.length > 0;
  if (!recognised) throw new NotAnAgendaPackError(describeUnrecognised(lines));

  const meeting = front?.meeting ?? meetingFromParts([...minutes, ...decisions], ctx.reports, issues);
  const pack: ParsedPack = {
    source: { file: fileName, sha256: sha256Hex(text), lines: allLines.length },
    meeting,
    clerk: front?.clerk ?? [...minutes, ...decisions].find((m) => m.clerk)?.clerk ?? null,
    members: front?.members ?? [],
    agendaItems: front?.agendaItems ?? [],
    reports: ctx.reports,
    minutes: [...minutes, ...decisions],
    ...recordsOf,
    fundingFacts: parseFundingFacts(ctx),
    outsideBodies: parseOutsideBodies(ctx),
    issues: issues.issues,
    hasFrontSheet: front !== null,
    documentParts: parts.map((p) => ({ kind: p.kind, line: lines[p.start]?.n ?? null, endLine: lines[p.end - 1]?.n ?? null })),
  };
  reportUnreadParts(lines, parts, pack, issues);
  repairReaderText(pack, countWords(text));
  guardRecords(pack, issues);
  return pack;
}

/**
 * The front sheet: the part the detectors found, or (when none scored well enough) whatever
 * comes before the first other part, read as one; a front sheet that was found but cannot be
 * read is an issue, not a refusal.
 */
function readFrontSheet(lines: DocLine[], parts: DocumentPart[], issues: IssueLog): FrontSheet | null {
  const part = parts.find((p) => p.kind === "frontSheet");
  if (part) {
    const front = parseFrontSheet(lines.slice(part.start, part.end), issues);
    if (!front) issues.warn("front-sheet-unreadable", lines[part.start].n, `What looks like an agenda front sheet (${part.cues.join(", ")}) gives no committee name or meeting date that could be read.`);
    return front;
  }
  const firstPart = parts[0]?.start ?? lines.length;
  if (firstPart === 0) return null;
  const scratch = new IssueLog();
  const front = parseFrontSheet(lines.slice(0, firstPart), scratch);
  if (front) issues.issues.push(...scratch.issues);
  return front;
}
