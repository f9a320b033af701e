/** Meetings with their agenda, officer reports, and resolutions with their votes. */
import * as z from "zod";
import { CommitteeRef, Labelled, MeetingRef, ReportRef, date, id, slug, time, url } from "./common";

export const MEETING_STATUSES = ["scheduled", "held", "cancelled", "postponed", "reserve", "provisional"] as const;

export const Meeting = z.object({
  id, slug, url,
  name: z.string().meta({ description: "Committee and date, as the meeting's page names it" }),
  committee: CommitteeRef,
  date,
  startTime: time.nullable(),
  endTime: time.nullable(),
  start: z.string().meta({ description: "Start as ISO 8601 with the UK offset (the date alone when no time is known)" }),
  status: z.enum(["upcoming", "held", "cancelled"]).meta({ description: "As the meeting's page says: upcoming until the day has passed, then held; or cancelled" }),
  scheduleStatus: z.enum(MEETING_STATUSES).meta({ description: "As the clerk recorded it (postponed, reserve and provisional dates included)" }),
  statusNote: z.string().nullable(),
  venue: z.string().nullable(),
  isVirtual: z.boolean(),
  virtualPlatforms: z.string().nullable(),
  agendaPackUrl: url.nullable().meta({ description: "The original agenda pack (text) as published, when there is one" }),
  agendaPackJsonUrl: url.nullable().meta({ description: "This meeting in the agenda-pack JSON contract, when it has an agenda pack" }),
  updatedAt: z.string(),
}).meta({ id: "Meeting" });

export const AgendaItem = z.object({
  number: z.string(),
  title: z.string(),
  section: z.string().nullable(),
  kind: z.string(),
  pageStart: z.number().int().nullable(),
  pageEnd: z.number().int().nullable(),
  report: ReportRef.nullable(),
}).meta({ id: "AgendaItem" });

export const MeetingWithAgenda = Meeting.extend({ agenda: z.array(AgendaItem) }).meta({ id: "MeetingWithAgenda" });

export const Report = z.object({
  id, slug, url,
  title: z.string(),
  meeting: MeetingRef,
  committee: CommitteeRef,
  agendaItem: z.string().nullable(),
  from: z.string().nullable(),
  keyDecision: z.boolean().nullable(),
  forwardPlanRef: z.string().nullable(),
  purpose: z.string().nullable(),
  recommendations: z.array(Labelled),
  updatedAt: z.string(),
}).meta({ id: "Report" });

export const RESOLUTION_OUTCOMES = ["unanimous", "majority", "carried", "lost"] as const;

export const Resolution = z.object({
  id, slug, url,
  meeting: MeetingRef,
  committee: CommitteeRef,
  minute: z.object({ number: z.string().nullable(), title: z.string() }),
  report: ReportRef.nullable().meta({ description: "The report the minute considered, when it is published here" }),
  preamble: z.string().nullable(),
  text: z.string(),
  parts: z.array(Labelled),
  outcome: z.enum(RESOLUTION_OUTCOMES).nullable(),
  votes: z.object({
    for: z.number().int().nullable(), against: z.number().int().nullable(), abstentions: z.number().int().nullable(),
  }).meta({ description: "Votes as the minutes record them; null where they give no count" }),
}).meta({ id: "Resolution" });

export type MeetingOut = z.input<typeof Meeting>;
export type MeetingWithAgendaOut = z.input<typeof MeetingWithAgenda>;
export type ReportOut = z.input<typeof Report>;
export type ResolutionOut = z.input<typeof Resolution>;

