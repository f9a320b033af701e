/**
 * The agenda-pack JSON contract (../shared/docs/agenda-pack-json.md), as TypeScript types.
 * `npm run import -- --json` prints exactly this shape; see `toContractJson` in parse-pack.ts.
 */
export type Severity = "info" | "warning" | "error";

export interface ImportIssue {
  severity: Severity;
  code: string;
  line: number | null;
  message: string;
}

export interface SourceInfo { file: string; sha256: string; lines: number }

export interface MeetingInfo {
  committee: string;
  date: string | null;
  startTime: string | null;
  venue: string | null;
  virtual: boolean;
}

export interface ClerkInfo { name: string; telephone: string | null; email: string | null }
export interface MemberInfo { name: string; role: string | null }

export interface AgendaItemInfo {
  number: string;
  title: string;
  section: string | null;
  pageStart: number | null;
  pageEnd: number | null;
}

export interface Labelled { label: string | null; text: string }
export interface Contact { name: string; post: string | null; email: string | null; telephone: string | null }
export interface Implication { category: string; text: string | null }
export interface SourceDocument { title: string; location: string | null }

export interface ReportInfo {
  agendaItem: string | null;
  title: string;
  from: string | null;
  keyDecision: boolean | null;
  forwardPlanRef: string | null;
  purpose: string | null;
  recommendations: Labelled[];
  officerContacts: Contact[];
  memberContacts: Contact[];
  implications: Implication[];
  sourceDocuments: SourceDocument[];
}

export type VoteOutcome = "unanimous" | "majority" | "carried" | "lost" | null;

export interface Resolution {
  outcome: VoteOutcome;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
  text: string;
  parts: Labelled[];
}

export interface MinuteEntry { number: number; title: string; resolutions: Resolution[]; actions: string[] }
export interface Attendee { name: string; role: string | null; substitutingFor: string | null }

export interface MinutesInfo {
  meetingDate: string | null;
  startTime: string | null;
  endTime: string | null;
  present: Attendee[];
  apologies: string[];
  entries: MinuteEntry[];
}

export interface ActionLogEntry {
  meetingDate: string | null;
  minuteNumber: string | null;
  itemTitle: string | null;
  responsible: string | null;
  action: string;
  comments: string | null;
  status: string | null;
}

export interface AgendaPlanEntry {
  meetingDate: string | null;
  item: string;
  leadOfficer: string | null;
  keyDecisionRef: string | null;
  draftDeadline: string | null;
  despatchDate: string | null;
}

export interface WorkshopItem { number: string | null; title: string; presenter: string | null }
export interface Workshop { date: string | null; dateAsPrinted: string; items: WorkshopItem[] }

export interface StrategyPriority { number: number | null; title: string; outcomes: string[] }
export interface StrategyAction {
  ref: string;
  priority: number | null;
  description: string;
  leadOfficer: string | null;
  firstMilestone: string | null;
  continuesUntil: string | null;
  resources: string | null;
  risks: string | null;
  outputs: string | null;
  decisionRoute: string | null;
}
export interface Strategy { title: string; priorities: StrategyPriority[]; actions: StrategyAction[] }

export interface BudgetLine {
  table: string;
  line: string;
  unit: "GBP" | "GBP_thousands";
  isTotal: boolean;
  budget: number | null;
  actual: number | null;
  variance: number | null;
  previousVariance: number | null;
}

export interface FundingFact { label: string; amountGbp: number; asPrinted: string; reportTitle: string | null }

export interface Representative { name: string; party: string | null; substitute: boolean }
export interface OutsideBody {
  number: number | null;
  name: string;
  description: string | null;
  meetingsPerAnnum: string | null;
  repsAppointed: string | null;
  representatives: Representative[];
  contact: string | null;
}

export interface AgendaPack {
  source: SourceInfo;
  meeting: MeetingInfo;
  clerk: ClerkInfo | null;
  members: MemberInfo[];
  agendaItems: AgendaItemInfo[];
  reports: ReportInfo[];
  minutes: MinutesInfo[];
  actionLog: ActionLogEntry[];
  agendaPlan: AgendaPlanEntry[];
  workshops: Workshop[];
  strategies: Strategy[];
  budgetLines: BudgetLine[];
  fundingFacts: FundingFact[];
  outsideBodies: OutsideBody[];
  issues: ImportIssue[];
}
