/**
 * The importer's internal result: the contract records plus what the site and the database
 * need beyond the contract (source lines, report bodies, clearances). `toContractJson`
 * (contract-json.ts) projects this back onto the exact contract shape.
 */
import type {
  ActionLogEntry, AgendaItemInfo, AgendaPlanEntry, Attendee, BudgetLine, ClerkInfo, FundingFact,
  ImportIssue, MeetingInfo, MemberInfo, MinuteEntry, MinutesInfo, OutsideBody, ReportInfo,
  Resolution, SourceInfo, Strategy, StrategyAction, StrategyPriority, Workshop,
} from "./contract";
import type { MeetingHeading } from "./meeting-heading";

/** 1-based source line number where a record starts (null when not traceable). */
export interface Sourced { line: number | null }

export type BodyBlock =
  | { kind: "heading"; number: string | null; text: string; level: number; line: number }
  | { kind: "paragraph"; number: string | null; text: string; line: number }
  | { kind: "list"; items: string[]; line: number }
  | { kind: "table"; header: string[]; rows: string[][]; line: number };

export interface Clearance { question: string; answer: string | null; officer: string | null }
export interface EnvironmentImplication { number: number | null; implication: string; status: string | null; explanation: string | null }
export interface Footnote { marker: string; text: string }

export interface ParsedReport extends ReportInfo, Sourced {
  endLine: number;
  to: string | null;
  meetingDateAsPrinted: string | null;
  meetingDate: string | null;
  electoralDivisions: string | null;
  keyDecisionAsPrinted: string | null;
  recommendationLeadIn: string | null;
  clearances: Clearance[];
  environmentImplications: EnvironmentImplication[];
  footnotes: Footnote[];
  body: BodyBlock[];
}

export interface ParsedResolution extends Resolution { preamble: string | null }
export interface ParsedMinuteEntry extends MinuteEntry, Sourced {
  resolutions: ParsedResolution[];
  /** Narrative text of the minute, paragraphs separated by blank lines. */
  body: string;
  /** Who each of `actions` was given to, as the minute's action flag names them (null: not named). */
  actionResponsible?: (string | null)[];
}
export interface ParsedMinutes extends MinutesInfo, Sourced {
  present: Attendee[];
  entries: ParsedMinuteEntry[];
  /** The agenda item of this pack the minutes belong to (e.g. "3"), when known. */
  agendaItem: string | null;
  /** The meeting as the minutes' own heading names it (committee, venue), when read. */
  heading?: MeetingHeading | null;
  /** Who to contact about these minutes or this decision (a decision notice's "Contact:"). */
  clerk?: ClerkInfo | null;
  /** Read from a decision notice: adds its decision to the meeting's minutes instead of replacing them. */
  fromDecisionNotice?: boolean;
}

export interface ParsedAgendaItem extends AgendaItemInfo, Sourced {
  /** Text printed under the item on the front sheet (e.g. notified appointments). */
  body: string | null;
}

export interface ParsedMeeting extends MeetingInfo, Sourced {
  dateAsPrinted: string | null;
  timeAsPrinted: string | null;
  room: string | null;
  virtualPlatforms: string | null;
}

export interface ParsedStrategy extends Strategy, Sourced {
  priorities: (StrategyPriority & Sourced)[];
  actions: (StrategyAction & Sourced)[];
}

export interface ParsedPack {
  source: SourceInfo;
  meeting: ParsedMeeting;
  clerk: ClerkInfo | null;
  members: MemberInfo[];
  agendaItems: ParsedAgendaItem[];
  reports: ParsedReport[];
  minutes: ParsedMinutes[];
  actionLog: (ActionLogEntry & Sourced)[];
  agendaPlan: (AgendaPlanEntry & Sourced & { meetingDateAsPrinted: string | null; isReserve: boolean; isProvisional: boolean })[];
  workshops: (Workshop & Sourced)[];
  strategies: ParsedStrategy[];
  /** `line` is the budget line's name here, so the source line is `sourceLine`. */
  budgetLines: (BudgetLine & { sourceLine: number | null })[];
  fundingFacts: (FundingFact & Sourced)[];
  outsideBodies: (OutsideBody & Sourced)[];
  issues: ImportIssue[];
  /** False for a document with no agenda front sheet (minutes or a decision notice on its own). */
  hasFrontSheet?: boolean;
  /** What the document model found the document to be made of, in order (not in the contract). */
  documentParts?: { kind: string; line: number | null; endLine: number | null }[];
}
