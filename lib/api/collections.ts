import "server-only";
/**
 * Every collection of the open-data API, once: its address, schemas, loaders and (for some) CSV
 * columns. The route files, the OpenAPI document and the developers page are all built from this.
 */
import type * as z from "zod";
import type { PageOf, PageWindow } from "@/lib/queries/api/window";
import {
  listApiAppointments, listApiCommittees, listApiMemberships, listApiOutsideBodies, listApiPeople,
} from "@/lib/queries/api/organisations";
import { getApiMeeting, listApiMeetings, listApiReports, listApiResolutions } from "@/lib/queries/api/meetings";
import {
  getApiStrategy, listApiActions, listApiAgendaPlanEntries, listApiBudgetLines, listApiFundingFacts, listApiStrategies,
} from "@/lib/queries/api/records";
import { Appointment, Committee, Membership, OutsideBody, Person } from "./schemas/organisations";
import { Meeting, MeetingWithAgenda, Report, Resolution } from "./schemas/meetings";
import { Action, AgendaPlanEntry, BudgetLine, FundingFact, Strategy, StrategyWithActions } from "./schemas/records";
import type { CsvColumn } from "./csv";
import { listOf, recordOf } from "./schemas/common";
import type { ActionOut, BudgetLineOut, FundingFactOut } from "./schemas/records";
import type { ResolutionOut } from "./schemas/meetings";
import type { AppointmentOut } from "./schemas/organisations";

export interface Collection<T = unknown> {
  /** Address under /api/v1, e.g. "/committees". */
  path: string;
  /** Component name in the OpenAPI document, singular ("Committee"). */
  name: string;
  /** What the collection holds, for the document and the developers page. */
  description: string;
  item: z.ZodType;
  list: (w: PageWindow) => Promise<PageOf<T>>;
  /** `/path/{id}`: one record, maybe with more detail than the list gives. */
  record?: { schema: z.ZodType; get: (id: number) => Promise<unknown | null> };
  /** `/path.csv`: the whole collection as a spreadsheet. */
  csv?: CsvColumn<T>[];
}

const first = async <T>(page: Promise<PageOf<T>>) => (await page).rows[0] ?? null;
const ONE = { limit: 1, offset: 0 };

const resolutionCsv: CsvColumn<ResolutionOut>[] = [
  { header: "id", value: (r) => r.id }, { header: "slug", value: (r) => r.slug }, { header: "url", value: (r) => r.url },
  { header: "meeting_date", value: (r) => r.meeting.date }, { header: "committee", value: (r) => r.committee.name },
  { header: "minute_number", value: (r) => r.minute.number }, { header: "minute_title", value: (r) => r.minute.title },
  { header: "report_title", value: (r) => r.report?.title }, { header: "preamble", value: (r) => r.preamble },
  { header: "text", value: (r) => r.text },
  { header: "parts", value: (r) => r.parts.map((p) => (p.label ? `${p.label}) ${p.text}` : p.text)).join("\n") },
  { header: "outcome", value: (r) => r.outcome }, { header: "votes_for", value: (r) => r.votes.for },
  { header: "votes_against", value: (r) => r.votes.against }, { header: "abstentions", value: (r) => r.votes.abstentions },
];

const actionCsv: CsvColumn<ActionOut>[] = [
  { header: "id", value: (a) => a.id }, { header: "slug", value: (a) => a.slug }, { header: "url", value: (a) => a.url },
  { header: "committee", value: (a) => a.committee.name }, { header: "origin_meeting_date", value: (a) => a.originMeetingDate },
  { header: "minute_number", value: (a) => a.minuteNumber }, { header: "item_title", value: (a) => a.itemTitle },
  { header: "description", value: (a) => a.description }, { header: "responsible", value: (a) => a.responsible },
  { header: "status", value: (a) => a.status }, { header: "is_complete", value: (a) => a.isComplete },
];

const budgetCsv: CsvColumn<BudgetLineOut>[] = [
  { header: "id", value: (b) => b.id }, { header: "line_id", value: (b) => b.line.id }, { header: "line", value: (b) => b.line.name },
  { header: "committee", value: (b) => b.committee.name }, { header: "meeting_date", value: (b) => b.meeting.date },
  { header: "report_title", value: (b) => b.report?.title }, { header: "table", value: (b) => b.table },
  { header: "line_as_printed", value: (b) => b.lineAsPrinted }, { header: "unit", value: (b) => b.unit },
  { header: "is_total", value: (b) => b.isTotal }, { header: "budget", value: (b) => b.budget }, { header: "actual", value: (b) => b.actual },
  { header: "variance", value: (b) => b.variance }, { header: "previous_variance", value: (b) => b.previousVariance },
];

const fundingCsv: CsvColumn<FundingFactOut>[] = [
  { header: "id", value: (f) => f.id }, { header: "meeting_date", value: (f) => f.meeting.date },
  { header: "meeting_url", value: (f) => f.meeting.url }, { header: "report_title", value: (f) => f.report?.title },
  { header: "label", value: (f) => f.label }, { header: "amount_gbp", value: (f) => f.amountGbp }, { header: "as_printed", value: (f) => f.asPrinted },
];

const appointmentCsv: CsvColumn<AppointmentOut>[] = [
  { header: "id", value: (a) => a.id }, { header: "outside_body", value: (a) => a.outsideBody.name },
  { header: "outside_body_url", value: (a) => a.outsideBody.url }, { header: "name_as_printed", value: (a) => a.nameAsPrinted },
  { header: "person", value: (a) => a.person?.name }, { header: "person_url", value: (a) => a.person?.url },
  { header: "party", value: (a) => a.party }, { header: "is_substitute", value: (a) => a.isSubstitute },
  { header: "listed_at_meeting_date", value: (a) => a.listedAtMeeting?.date },
];

export interface RegisteredCollection<T = unknown> extends Collection<T> {
  /** The response envelopes, made once so each is one component of the OpenAPI document. */
  listSchema: z.ZodType;
  recordSchema: z.ZodType | null;
}

function collection<T>(c: Collection<T>): RegisteredCollection<T> {
  return { ...c, listSchema: listOf(c.item, c.name), recordSchema: c.record ? recordOf(c.record.schema, c.name) : null };
}

export const collections = {
  committees: collection({
    path: "/committees", name: "Committee", description: "Committees of the council.", item: Committee, list: listApiCommittees,
    record: { schema: Committee, get: (id) => first(listApiCommittees(ONE, id)) },
  }),
  meetings: collection({
    path: "/meetings", name: "Meeting", description: "Committee meetings; one meeting's record adds its agenda.", item: Meeting, list: listApiMeetings,
    record: { schema: MeetingWithAgenda, get: getApiMeeting },
  }),
  reports: collection({
    path: "/reports", name: "Report", description: "Officer reports with their recommendations.", item: Report, list: listApiReports,
    record: { schema: Report, get: (id) => first(listApiReports(ONE, id)) },
  }),
  resolutions: collection({
    path: "/resolutions", name: "Resolution", description: "Decisions recorded in the minutes, with their votes.", item: Resolution,
    list: listApiResolutions, record: { schema: Resolution, get: (id) => first(listApiResolutions(ONE, id)) }, csv: resolutionCsv,
  }),
  actions: collection({
    path: "/actions", name: "Action", description: "Actions from the minutes' action logs and their latest status.", item: Action,
    list: listApiActions, record: { schema: Action, get: (id) => first(listApiActions(ONE, id)) }, csv: actionCsv,
  }),
  people: collection({
    path: "/people", name: "Person", description: "Councillors and officers named in the papers.", item: Person, list: listApiPeople,
    record: { schema: Person, get: (id) => first(listApiPeople(ONE, id)) },
  }),
  memberships: collection({
    path: "/memberships", name: "Membership", description: "Committee memberships as each agenda pack listed them.", item: Membership,
    list: listApiMemberships,
  }),
  outsideBodies: collection({
    path: "/outside-bodies", name: "OutsideBody", description: "Outside bodies the council appoints representatives to.", item: OutsideBody,
    list: listApiOutsideBodies, record: { schema: OutsideBody, get: (id) => first(listApiOutsideBodies(ONE, id)) },
  }),
  appointments: collection({
    path: "/appointments", name: "Appointment", description: "Councillors appointed to outside bodies.", item: Appointment,
    list: listApiAppointments, csv: appointmentCsv,
  }),
  budgetLines: collection({
    path: "/budget-lines", name: "BudgetLine", description: "Figures from finance reports' budget tables, one line of one table each.",
    item: BudgetLine, list: listApiBudgetLines, csv: budgetCsv,
  }),
  fundingFacts: collection({
    path: "/funding-facts", name: "FundingFact", description: "Sums of money quoted in the papers, in pounds.", item: FundingFact,
    list: listApiFundingFacts, csv: fundingCsv,
  }),
  agendaPlans: collection({
    path: "/agenda-plans", name: "AgendaPlanEntry", description: "Forward-plan entries, as each agenda pack printed the plan.",
    item: AgendaPlanEntry, list: listApiAgendaPlanEntries,
  }),
  strategies: collection({
    path: "/strategies", name: "Strategy", description: "Strategies and delivery plans; one strategy's record adds its priorities and actions.",
    item: Strategy, list: listApiStrategies, record: { schema: StrategyWithActions, get: getApiStrategy },
  }),
};

export const COLLECTIONS: RegisteredCollection[] = Object.values(collections) as RegisteredCollection[];
