import { createHash } from "node:crypto";
import { parseActionLogs } from "./action-log";
import { toDocumentLines } from "./document/document-lines";
import { parseAgendaPlan } from "./agenda-plan";
import { parseBudgetLines } from "./budget-lines";
import { parseFrontSheet } from "./front-sheet";
import { parseFundingFacts } from "./funding-facts";
import { guardRecords } from "./guard-records";
import { IssueLog } from "./issue-log";
import { parseMinutes } from "./minutes";
import { parseOutsideBodies } from "./outside-bodies";
import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";
import { parseReports } from "./reports";
import { parseStrategies } from "./strategies";
import { parseWorkshops } from "./workshops";

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
 * Turn the text of an agenda pack into structured records. Pure: no I/O, no database.
 * Throws NotAnAgendaPackError when the text has no front sheet (no committee or no date).
 */
export function parsePack(text: string, fileName: string): ParsedPack {
  if (text.includes("\u0000")) throw new NotAnAgendaPackError("the file is binary, not the text of an agenda pack");
  if (text.trim() === "") throw new NotAnAgendaPackError("the file is empty");
  const allLines = toDocumentLines(text);
  const lines = allLines.filter((l) => !l.furniture);
  const issues = new IssueLog();
  const front = parseFrontSheet(lines, issues);
  if (!front) {
    throw new NotAnAgendaPackError("no agenda front sheet found (expected a committee name, a meeting date and an agenda)");
  }
  const ctx: PackContext = { lines, issues, meetingDate: front.meeting.date, agendaItems: front.agendaItems, reports: [] };
  ctx.reports = parseReports(ctx);
  const pack: ParsedPack = {
    source: { file: fileName, sha256: sha256Hex(text), lines: allLines.length },
    meeting: front.meeting,
    clerk: front.clerk,
    members: front.members,
    agendaItems: front.agendaItems,
    reports: ctx.reports,
    minutes: parseMinutes(ctx),
    actionLog: parseActionLogs(ctx),
    agendaPlan: parseAgendaPlan(ctx),
    workshops: parseWorkshops(ctx),
    strategies: parseStrategies(ctx),
    budgetLines: parseBudgetLines(ctx),
    fundingFacts: parseFundingFacts(ctx),
    outsideBodies: parseOutsideBodies(ctx),
    issues: issues.issues,
  };
  guardRecords(pack, issues);
  return pack;
}
