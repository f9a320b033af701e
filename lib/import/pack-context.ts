import type { IssueLog } from "./issue-log";
import type { Line } from "./source-lines";
import type { ParsedAgendaItem, ParsedReport } from "./parsed";

/**
 * What every document-kind parser receives: the whole pack as numbered lines, the issue log,
 * and what the front sheet and the report splitter found (to scope tables to their item).
 */
export interface PackContext {
  lines: Line[];
  issues: IssueLog;
  /** ISO date of the meeting the pack is for (from the front sheet), if read. */
  meetingDate: string | null;
  agendaItems: ParsedAgendaItem[];
  /** Reports found so far, each with its line range [line, endLine]. Empty before parseReports. */
  reports: ParsedReport[];
}
