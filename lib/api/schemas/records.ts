/** Actions, budget lines, funding facts, agenda (forward) plans and strategies. */
import * as z from "zod";
import { CommitteeRef, MeetingRef, ReportRef, date, id, slug, url } from "./common";

export const Action = z.object({
  id, slug, url,
  committee: CommitteeRef,
  originMeeting: MeetingRef.nullable(),
  originMeetingDate: date.nullable(),
  minuteNumber: z.string().nullable(),
  itemTitle: z.string().nullable(),
  description: z.string(),
  responsible: z.string().nullable(),
  status: z.string().nullable().meta({ description: "Latest status as printed in the newest action log" }),
  isComplete: z.boolean(),
  updatedAt: z.string(),
}).meta({ id: "Action" });

export const BudgetLine = z.object({
  id: id.meta({ description: "Id of this figure (one line in one finance table of one report)" }),
  line: z.object({ id, name: z.string(), url }).meta({ description: "The budget line the figure belongs to, across reports" }),
  committee: CommitteeRef,
  meeting: MeetingRef,
  report: ReportRef.nullable(),
  table: z.string(),
  lineAsPrinted: z.string(),
  unit: z.enum(["GBP", "GBP_thousands"]).meta({ description: "GBP_thousands: figures are in £000, as the table prints them" }),
  isTotal: z.boolean(),
  budget: z.number().nullable(),
  actual: z.number().nullable(),
  variance: z.number().nullable(),
  previousVariance: z.number().nullable(),
}).meta({ id: "BudgetLine" });

export const FundingFact = z.object({
  id,
  meeting: MeetingRef,
  report: ReportRef.nullable(),
  label: z.string(),
  amountGbp: z.number().meta({ description: "In pounds (£1,172k is 1172000)" }),
  asPrinted: z.string(),
}).meta({ id: "FundingFact" });

export const AgendaPlanEntry = z.object({
  id,
  committee: CommitteeRef,
  publishedWith: MeetingRef.meta({ description: "The meeting whose agenda pack printed this plan" }),
  meetingDate: date.nullable(),
  meetingDateAsPrinted: z.string().nullable(),
  isReserve: z.boolean(),
  isProvisional: z.boolean(),
  item: z.string(),
  leadOfficer: z.string().nullable(),
  keyDecisionRef: z.string().nullable(),
  draftDeadline: z.string().nullable(),
  despatchDate: z.string().nullable(),
}).meta({ id: "AgendaPlanEntry" });

export const StrategyAction = z.object({
  ref: z.string(),
  priority: z.number().int().nullable(),
  description: z.string(),
  leadOfficer: z.string().nullable(),
  firstMilestone: z.string().nullable(),
  continuesUntil: z.string().nullable(),
  resources: z.string().nullable(),
  risks: z.string().nullable(),
  outputs: z.string().nullable(),
  decisionRoute: z.string().nullable(),
}).meta({ id: "StrategyAction" });

export const Strategy = z.object({
  id, slug, url,
  title: z.string(),
  committee: CommitteeRef,
  meeting: MeetingRef,
  report: ReportRef.nullable(),
}).meta({ id: "Strategy" });

export const StrategyWithActions = Strategy.extend({
  priorities: z.array(z.object({ number: z.number().int().nullable(), title: z.string(), outcomes: z.array(z.string()) })),
  actions: z.array(StrategyAction),
}).meta({ id: "StrategyWithActions" });

export type ActionOut = z.input<typeof Action>;
export type BudgetLineOut = z.input<typeof BudgetLine>;
export type FundingFactOut = z.input<typeof FundingFact>;
export type AgendaPlanEntryOut = z.input<typeof AgendaPlanEntry>;
export type StrategyOut = z.input<typeof Strategy>;
export type StrategyWithActionsOut = z.input<typeof StrategyWithActions>;
