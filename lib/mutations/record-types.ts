/**
 * The record types a clerk can edit, one descriptor each: which table, which fields (with the
 * label, hint and input a form shows), the zod schema that validates them, where the record
 * sits (its parent, hence its committee), whether it is published on its own, and what the
 * generic mutations in ./records.ts must derive when one is created (slugs, keys, order).
 *
 * Adding a record type is adding a descriptor here: the forms, actions, history, publish and
 * refusal tests all read this list.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ZodType } from "zod";
import type { Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { nameKey } from "@/lib/import/entity-resolution";
import { comparisonKey } from "@/lib/import/text";
import { shortenText } from "@/lib/format";
import { meetingSlug, slugify } from "@/lib/slug";
import { actionSchema, actionUpdateSchema } from "@/lib/validation/actions";
import { committeeSchema } from "@/lib/validation/committees";
import { budgetLineSchema, budgetLineValueSchema, fundingFactSchema } from "@/lib/validation/funding";
import { AGENDA_ITEM_KINDS, agendaItemSchema, MEETING_STATUSES, meetingSchema } from "@/lib/validation/meetings";
import { ATTENDANCE_STATUSES, attendanceSchema, minuteEntrySchema, minutesSchema, RESOLUTION_OUTCOMES, resolutionPartSchema, resolutionSchema } from "@/lib/validation/minutes";
import { appointmentSchema, outsideBodySchema } from "@/lib/validation/outside-bodies";
import { championRoleSchema, membershipSchema, personAliasSchema, personSchema, postSchema } from "@/lib/validation/people";
import { agendaPlanEntrySchema } from "@/lib/validation/plans";
import {
  environmentImplicationSchema, footnoteSchema, officerClearanceSchema, recommendationSchema, reportContactSchema, reportImplicationSchema, reportSchema, reportSourceDocumentSchema,
} from "@/lib/validation/reports";
import { strategyActionSchema, strategyPrioritySchema, strategySchema } from "@/lib/validation/strategies";
import { blocksToMarkdown, markdownToBlocks, type BodyBlock } from "./report-body";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Row = Record<string, unknown> & { id: number };
export type InputKind = "text" | "textarea" | "markdown" | "date" | "time" | "number" | "select" | "checkbox" | "yesno" | "email";
export interface Option { value: string; label: string }

/** Where a select's choices come from: fixed, or read for this record's committee / parent. */
export type OptionsSource = (tx: Tx | Database, at: { committeeId: number | null; parentId: number | null; row: Row | null }) => Promise<Option[]>;

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  input: InputKind;
  options?: readonly Option[];
  optionsFrom?: OptionsSource;
  /** Shown only when the record is created (e.g. which meeting published a plan). */
  createOnly?: boolean;
}

/** A field not stored as a column: read and written through the record's own hooks. */
export interface VirtualField {
  load(tx: Tx | Database, row: Row): Promise<unknown>;
  save(tx: Tx, row: Row, value: unknown): Promise<void>;
}

export interface RecordType {
  kind: string;
  /** "report", "agenda item": used in sentences. */
  label: string;
  plural: string;
  table: SQLiteTable;
  fields: readonly FieldSpec[];
  schema: ZodType<Record<string, unknown>>;
  title(row: Row): string;
  /** The parent record (its kind and the column holding its id). */
  parent?: { kind: string; column: string };
  /** The column holding the committee id directly, when the row has one. */
  committeeColumn?: string;
  /** Published on its own (has a publication column a clerk flips). */
  publishable: boolean;
  /** Can be restored to an earlier version from its history. */
  restorable?: boolean;
  /** Has a sort_order among its siblings: create appends, move up/down reorders. */
  ordered?: boolean;
  creatable: boolean;
  deletable: boolean;
  adminOnly?: readonly ("create" | "delete")[];
  virtual?: Record<string, VirtualField>;
  /** Columns a create must derive (slug, keys), given the validated values and the parent. */
  derive?(tx: Tx, values: Record<string, unknown>, parent: Row | null, existing: Row | null): Promise<Record<string, unknown>>;
  /** Kinds listed (with add links) on this record's edit page. */
  children?: readonly string[];
  /** The public page that shows this record, for "view on the site" links and the bench. */
  publicPath?(tx: Tx | Database, row: Row): Promise<string | null>;
  /** Rows listed on the dashboard's index for this kind when it has no parent. */
  topLevel?: boolean;
}

const col = (table: SQLiteTable, name: string) => (table as unknown as Record<string, SQLiteColumn>)[name];

async function uniqueSlug(tx: Tx, table: SQLiteTable, base: string): Promise<string> {
  const slugCol = col(table, "slug");
  const taken = new Set((await tx.select({ slug: slugCol }).from(table).where(sql`${slugCol} like ${base + "%"}`)).map((r) => String(r.slug)));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

// ───────────── choices read from the database ─────────────

const meetingsOfCommittee: OptionsSource = async (tx, { committeeId }) => {
  if (committeeId == null) return [];
  const rows = await tx.select({ id: t.meetings.id, date: t.meetings.meetingDate }).from(t.meetings).where(eq(t.meetings.committeeId, committeeId)).orderBy(desc(t.meetings.meetingDate));
  return rows.map((r) => ({ value: String(r.id), label: r.date }));
};
const committeesAll: OptionsSource = async (tx) =>
  (await tx.select({ id: t.committees.id, name: t.committees.name }).from(t.committees).orderBy(asc(t.committees.name))).map((r) => ({ value: String(r.id), label: r.name }));
const peopleAll: OptionsSource = async (tx) =>
  (await tx.select({ id: t.people.id, name: t.people.fullName }).from(t.people).orderBy(asc(t.people.fullName))).map((r) => ({ value: String(r.id), label: r.name }));

async function meetingIdOf(tx: Tx | Database, kind: "report" | "minutes" | "minute_entry", id: unknown): Promise<number | null> {
  if (id == null) return null;
  if (kind === "report") return (await tx.select({ m: t.reports.meetingId }).from(t.reports).where(eq(t.reports.id, Number(id))))[0]?.m ?? null;
  if (kind === "minutes") return (await tx.select({ m: t.minutes.meetingId }).from(t.minutes).where(eq(t.minutes.id, Number(id))))[0]?.m ?? null;
  const [e] = await tx.select({ m: t.minutes.meetingId }).from(t.minuteEntries).innerJoin(t.minutes, eq(t.minutes.id, t.minuteEntries.minutesId)).where(eq(t.minuteEntries.id, Number(id)));
  return e?.m ?? null;
}
const agendaItemsOfMeeting: OptionsSource = async (tx, { parentId, row }) => {
  const meetingId = row ? Number(row.meetingId) : parentId;
  if (meetingId == null) return [];
  return (await tx.select({ id: t.agendaItems.id, n: t.agendaItems.numberLabel, title: t.agendaItems.title }).from(t.agendaItems).where(eq(t.agendaItems.meetingId, meetingId)).orderBy(asc(t.agendaItems.sortOrder), asc(t.agendaItems.id)))
    .map((r) => ({ value: String(r.id), label: `${r.n}. ${r.title}` }));
};
const reportsOfMeetingOf = (via: "minutes" | "meeting"): OptionsSource => async (tx, { parentId, row }) => {
  let meetingId: number | null;
  if (via === "minutes") meetingId = row ? await meetingIdOf(tx, "minutes", row.minutesId) : await meetingIdOf(tx, "minutes", parentId);
  else meetingId = row ? Number(row.meetingId) : parentId;
  if (meetingId == null) return [];
  return (await tx.select({ id: t.reports.id, title: t.reports.title }).from(t.reports).where(eq(t.reports.meetingId, meetingId)).orderBy(asc(t.reports.sortOrder)))
    .map((r) => ({ value: String(r.id), label: r.title }));
};
const prioritiesOfStrategy: OptionsSource = async (tx, { parentId, row }) => {
  const strategyId = row ? Number(row.strategyId) : parentId;
  if (strategyId == null) return [];
  return (await tx.select({ id: t.strategyPriorities.id, n: t.strategyPriorities.number, title: t.strategyPriorities.title }).from(t.strategyPriorities).where(eq(t.strategyPriorities.strategyId, strategyId)).orderBy(asc(t.strategyPriorities.sortOrder)))
    .map((r) => ({ value: String(r.id), label: `${r.n ?? ""} ${r.title}`.trim() }));
};

const opts = (values: readonly string[], labels: Record<string, string> = {}): Option[] => values.map((v) => ({ value: v, label: labels[v] ?? v.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()) }));

// ───────────── the report body: markdown over report_sections ─────────────

const reportBody: VirtualField = {
  async load(tx, row) {
    const rows = await tx.select().from(t.reportSections).where(eq(t.reportSections.reportId, row.id)).orderBy(asc(t.reportSections.sortOrder), asc(t.reportSections.id));
    return blocksToMarkdown(rows.map(sectionToBlock));
  },
  async save(tx, row, value) {
    const blocks = markdownToBlocks(typeof value === "string" ? value : "");
    await tx.delete(t.reportSections).where(eq(t.reportSections.reportId, row.id));
    if (blocks.length) await tx.insert(t.reportSections).values(blocks.map((b, i) => blockToSection(row.id, b, i)));
  },
};
function sectionToBlock(r: typeof t.reportSections.$inferSelect): BodyBlock {
  if (r.kind === "heading") return { kind: "heading", number: r.number, level: r.level ?? 1, text: r.text ?? "" };
  if (r.kind === "list") return { kind: "list", items: Array.isArray(r.data) ? r.data : r.text ? [r.text] : [] };
  if (r.kind === "table" && r.data && !Array.isArray(r.data)) return { kind: "table", caption: r.text, header: r.data.header ?? [], rows: r.data.rows ?? [] };
  return { kind: "paragraph", number: r.number, text: r.text ?? "" };
}
function blockToSection(reportId: number, b: BodyBlock, i: number): typeof t.reportSections.$inferInsert {
  return {
    reportId, sortOrder: i, kind: b.kind,
    number: b.kind === "heading" || b.kind === "paragraph" ? b.number : null,
    level: b.kind === "heading" ? b.level : null,
    text: b.kind === "heading" || b.kind === "paragraph" ? b.text : b.kind === "table" ? b.caption : null,
    data: b.kind === "list" ? b.items : b.kind === "table" ? { header: b.header, rows: b.rows } : null,
  };
}

// ───────────── public pages ─────────────

async function slugOf(tx: Tx | Database, table: SQLiteTable, id: unknown): Promise<string | null> {
  if (id == null) return null;
  const [r] = await tx.select({ slug: col(table, "slug") }).from(table).where(eq(col(table, "id"), Number(id)));
  return r ? String(r.slug) : null;
}
const meetingPage = async (tx: Tx | Database, meetingId: unknown) => { const s = await slugOf(tx, t.meetings, meetingId); return s ? `/meetings/${s}` : null; };

// ───────────── the descriptors ─────────────

const committee: RecordType = {
  kind: "committee", label: "committee", plural: "committees", table: t.committees, schema: committeeSchema, topLevel: true,
  fields: [
    { name: "name", label: "Name", input: "text" },
    { name: "shortName", label: "Short name", hint: "Optional, like C&P", input: "text" },
    { name: "description", label: "Description", hint: "What the committee decides, for readers", input: "textarea" },
  ],
  title: (r) => String(r.name), publishable: true, creatable: true, deletable: false, adminOnly: ["create", "delete"],
  children: ["meeting", "committee_membership", "champion_role", "action", "agenda_plan_entry", "strategy", "budget_line"],
  async derive(tx, values, _p, existing) {
    if (existing) return {};
    const [authority] = await tx.select({ id: t.authorities.id }).from(t.authorities).limit(1);
    if (!authority) throw new Error("No authority is set up yet: import an agenda pack first.");
    return { authorityId: authority.id, slug: await uniqueSlug(tx, t.committees, slugify(String(values.name), 60)) };
  },
  publicPath: async (_tx, r) => `/committees/${r.slug}`,
};

const meeting: RecordType = {
  kind: "meeting", label: "meeting", plural: "meetings", table: t.meetings, schema: meetingSchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId",
  fields: [
    { name: "meetingDate", label: "Date", input: "date" },
    { name: "startTime", label: "Start time", hint: "24-hour clock, like 14:00", input: "time" },
    { name: "endTime", label: "End time", input: "time" },
    { name: "venue", label: "Venue", input: "text" },
    { name: "room", label: "Room", input: "text" },
    { name: "isVirtual", label: "Held online", input: "checkbox" },
    { name: "virtualPlatforms", label: "Online platforms", hint: "Like Zoom, Microsoft Teams", input: "text" },
    { name: "status", label: "Status", hint: "Choose Cancelled or Postponed to tell readers the meeting will not go ahead as planned", input: "select", options: opts(MEETING_STATUSES) },
    { name: "statusNote", label: "Note for readers", hint: "Needed when cancelled or postponed: why, and the new date if there is one", input: "textarea" },
    { name: "clerkName", label: "Clerk's name", input: "text" },
    { name: "clerkPhone", label: "Clerk's telephone", input: "text" },
    { name: "clerkEmail", label: "Clerk's email", input: "email" },
  ],
  title: (r) => `Meeting on ${r.meetingDate}`, publishable: true, creatable: true, deletable: false,
  children: ["agenda_item", "report", "minutes", "funding_fact"],
  async derive(tx, values, parent, existing) {
    const date = String(values.meetingDate);
    if (existing && existing.meetingDate === date) return {};
    const committeeId = Number(existing ? existing.committeeId : parent?.id);
    const [c] = await tx.select({ name: t.committees.name }).from(t.committees).where(eq(t.committees.id, committeeId));
    const clash = await tx.select({ id: t.meetings.id }).from(t.meetings).where(and(eq(t.meetings.committeeId, committeeId), eq(t.meetings.meetingDate, date)));
    if (clash.some((m) => m.id !== existing?.id)) throw new FieldError("meetingDate", "This committee already has a meeting on that date");
    // A published meeting keeps its address (links to it exist); a new one gets one from its date.
    return existing ? {} : { slug: await uniqueSlug(tx, t.meetings, meetingSlug(date, c?.name ?? "committee")) };
  },
  publicPath: async (_tx, r) => `/meetings/${r.slug}`,
};

const agendaItem: RecordType = {
  kind: "agenda_item", label: "agenda item", plural: "agenda items", table: t.agendaItems, schema: agendaItemSchema,
  parent: { kind: "meeting", column: "meetingId" }, ordered: true,
  fields: [
    { name: "numberLabel", label: "Item number", hint: "As printed, like 5 or 2a", input: "text" },
    { name: "title", label: "Title", input: "text" },
    { name: "itemKind", label: "Kind of item", input: "select", options: opts(AGENDA_ITEM_KINDS) },
    { name: "pageStart", label: "First page in the pack", input: "number" },
    { name: "pageEnd", label: "Last page in the pack", input: "number" },
    { name: "bodyText", label: "Text printed with the item", input: "textarea" },
  ],
  title: (r) => `Item ${r.numberLabel}: ${r.title}`, publishable: false, creatable: true, deletable: true,
  async derive(tx, values, _parent, existing) {
    const meetingId = Number(existing ? existing.meetingId : _parent?.id);
    const clash = await tx.select({ id: t.agendaItems.id }).from(t.agendaItems).where(and(eq(t.agendaItems.meetingId, meetingId), eq(t.agendaItems.numberLabel, String(values.numberLabel))));
    if (clash.some((c) => c.id !== existing?.id)) throw new FieldError("numberLabel", "Another item on this agenda has that number");
    return {};
  },
  publicPath: (tx, r) => meetingPage(tx, r.meetingId),
};

const report: RecordType = {
  kind: "report", label: "report", plural: "reports", table: t.reports, schema: reportSchema,
  parent: { kind: "meeting", column: "meetingId" }, ordered: true, restorable: true,
  fields: [
    { name: "title", label: "Title", input: "text" },
    { name: "agendaItemId", label: "Agenda item", input: "select", optionsFrom: agendaItemsOfMeeting },
    { name: "toText", label: "To", input: "text" },
    { name: "meetingDateAsPrinted", label: "Meeting date as printed", input: "text" },
    { name: "fromText", label: "From", input: "text" },
    { name: "electoralDivisions", label: "Electoral divisions", input: "text" },
    { name: "keyDecision", label: "Key decision", input: "yesno" },
    { name: "keyDecisionAsPrinted", label: "Key decision as printed", hint: "Like Information Only", input: "text" },
    { name: "forwardPlanRef", label: "Forward plan reference", hint: "Like 2021/013", input: "text" },
    { name: "purpose", label: "Purpose", input: "textarea" },
    { name: "recommendationLeadIn", label: "Recommendations lead-in", hint: "Like The Committee is asked to:", input: "text" },
    { name: "body", label: "The report", hint: "Markdown: ## 1. Heading for a section, 1.1 at the start of a numbered paragraph, - for a list item, | cells | for a table", input: "markdown" },
  ],
  virtual: { body: reportBody },
  title: (r) => String(r.title), publishable: true, creatable: true, deletable: false,
  children: ["recommendation", "report_contact", "report_implication", "environment_implication", "officer_clearance", "report_source_document", "footnote"],
  async derive(tx, values, parent, existing) {
    if (existing) return {};
    const [m] = await tx.select({ date: t.meetings.meetingDate }).from(t.meetings).where(eq(t.meetings.id, Number(parent?.id)));
    return { slug: await uniqueSlug(tx, t.reports, `${m?.date ?? "report"}-${slugify(String(values.title), 60)}`) };
  },
  publicPath: async (_tx, r) => `/reports/${r.slug}`,
};

const recommendation: RecordType = {
  kind: "recommendation", label: "recommendation", plural: "recommendations", table: t.recommendations, schema: recommendationSchema,
  parent: { kind: "report", column: "reportId" }, ordered: true,
  fields: [{ name: "label", label: "Label", hint: "Like a) or (b)", input: "text" }, { name: "text", label: "Recommendation", input: "textarea" }],
  title: (r) => `${r.label ?? ""} ${shortenText(String(r.text), 80)}`.trim(), publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.reports, r.reportId); return s ? `/reports/${s}` : null; },
};

const minutesType: RecordType = {
  kind: "minutes", label: "minutes", plural: "minutes", table: t.minutes, schema: minutesSchema,
  parent: { kind: "meeting", column: "meetingId" },
  fields: [{ name: "startTime", label: "Meeting started", input: "time" }, { name: "endTime", label: "Meeting ended", input: "time" }],
  title: () => "Minutes", publishable: true, creatable: true, deletable: false,
  children: ["attendance", "minute_entry"],
  async derive(tx, _v, parent, existing) {
    if (existing) return {};
    const taken = await tx.select({ id: t.minutes.id }).from(t.minutes).where(eq(t.minutes.meetingId, Number(parent?.id)));
    if (taken.length) throw new FieldError("_form", "This meeting already has minutes: edit them instead");
    return {};
  },
  publicPath: (tx, r) => meetingPage(tx, r.meetingId),
};

const attendanceType: RecordType = {
  kind: "attendance", label: "attendance entry", plural: "attendance", table: t.attendance, schema: attendanceSchema,
  parent: { kind: "minutes", column: "minutesId" }, ordered: true,
  fields: [
    { name: "nameAsPrinted", label: "Name as printed", input: "text" },
    { name: "personId", label: "Person", hint: "The person's record, so their page lists this meeting", input: "select", optionsFrom: peopleAll },
    { name: "status", label: "Attendance", input: "select", options: opts(ATTENDANCE_STATUSES, { in_attendance: "In attendance" }) },
    { name: "roleLabel", label: "Role", hint: "Like Chairman", input: "text" },
    { name: "substitutingFor", label: "Substituting for", input: "text" },
  ],
  title: (r) => String(r.nameAsPrinted), publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => meetingPage(tx, await meetingIdOf(tx, "minutes", r.minutesId)),
};

const minuteEntry: RecordType = {
  kind: "minute_entry", label: "minute", plural: "minutes entries", table: t.minuteEntries, schema: minuteEntrySchema,
  parent: { kind: "minutes", column: "minutesId" }, ordered: true, restorable: true,
  fields: [
    { name: "minuteNumber", label: "Minute number", hint: "When the minutes number their entries, like 52", input: "number" },
    { name: "numberLabel", label: "Number as printed", hint: "Like 93/18", input: "text" },
    { name: "title", label: "Title", input: "text" },
    { name: "body", label: "Text", input: "textarea" },
    { name: "reportId", label: "Report considered", input: "select", optionsFrom: reportsOfMeetingOf("minutes") },
  ],
  title: (r) => `${r.numberLabel ?? r.minuteNumber ?? ""} ${r.title}`.trim(), publishable: false, creatable: true, deletable: true,
  children: ["resolution"],
  publicPath: async (tx, r) => meetingPage(tx, await meetingIdOf(tx, "minutes", r.minutesId)),
};

const resolution: RecordType = {
  kind: "resolution", label: "resolution", plural: "resolutions", table: t.resolutions, schema: resolutionSchema,
  parent: { kind: "minute_entry", column: "minuteEntryId" }, ordered: true, restorable: true,
  fields: [
    { name: "preamble", label: "Preamble", hint: "Like Having considered the report", input: "text" },
    { name: "outcome", label: "Outcome", input: "select", options: opts(RESOLUTION_OUTCOMES) },
    { name: "votesFor", label: "Votes for", input: "number" },
    { name: "votesAgainst", label: "Votes against", input: "number" },
    { name: "abstentions", label: "Abstentions", input: "number" },
    { name: "text", label: "Resolved", input: "textarea" },
  ],
  title: (r) => shortenText(String(r.text), 80), publishable: true, creatable: true, deletable: true,
  children: ["resolution_part"],
  async derive(tx, _v, parent, existing) {
    if (existing) return {};
    const meetingId = await meetingIdOf(tx, "minute_entry", parent?.id);
    const [m] = meetingId ? await tx.select({ date: t.meetings.meetingDate }).from(t.meetings).where(eq(t.meetings.id, meetingId)) : [];
    return { slug: await uniqueSlug(tx, t.resolutions, `${m?.date ?? "decision"}-minute-${parent?.minuteNumber ?? parent?.id}`) };
  },
  publicPath: async (_tx, r) => `/decisions/${r.slug}`,
};

const resolutionPart: RecordType = {
  kind: "resolution_part", label: "part of a resolution", plural: "parts", table: t.resolutionParts, schema: resolutionPartSchema,
  parent: { kind: "resolution", column: "resolutionId" }, ordered: true,
  fields: [{ name: "label", label: "Label", hint: "Like a)", input: "text" }, { name: "text", label: "Text", input: "textarea" }],
  title: (r) => `${r.label ?? ""} ${shortenText(String(r.text), 80)}`.trim(), publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.resolutions, r.resolutionId); return s ? `/decisions/${s}` : null; },
};

const action: RecordType = {
  kind: "action", label: "action", plural: "actions", table: t.actions, schema: actionSchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId",
  fields: [
    { name: "minuteNumber", label: "Minute number", input: "text" },
    { name: "originMeetingDate", label: "Date of the meeting that set it", input: "date" },
    { name: "itemTitle", label: "Item title", input: "text" },
    { name: "description", label: "Action", input: "textarea" },
    { name: "responsible", label: "Responsible", hint: "Officers as the log names them", input: "text" },
    { name: "status", label: "Status as printed", hint: "Like Ongoing or Complete", input: "text" },
    { name: "isComplete", label: "Completed", input: "checkbox" },
  ],
  title: (r) => shortenText(String(r.description), 80), publishable: true, creatable: true, deletable: false,
  children: ["action_update"],
  async derive(tx, values, _p, existing) {
    if (existing) return {};
    return { slug: await uniqueSlug(tx, t.actions, `${values.originMeetingDate ?? "action"}-${slugify(String(values.description), 50)}`) };
  },
  publicPath: async (_tx, r) => `/actions/${r.slug}`,
};

const actionUpdate: RecordType = {
  kind: "action_update", label: "status update", plural: "status updates", table: t.actionUpdates, schema: actionUpdateSchema,
  parent: { kind: "action", column: "actionId" },
  fields: [
    { name: "reportedAtMeetingId", label: "Reported at meeting", input: "select", optionsFrom: meetingsOfCommittee },
    { name: "status", label: "Status", input: "text" },
    { name: "comment", label: "Comment", input: "textarea" },
  ],
  title: (r) => `${r.status ?? "Update"}: ${shortenText(String(r.comment ?? ""), 60)}`, publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.actions, r.actionId); return s ? `/actions/${s}` : null; },
};

const agendaPlanEntry: RecordType = {
  kind: "agenda_plan_entry", label: "forward plan entry", plural: "forward plan entries", table: t.agendaPlanEntries, schema: agendaPlanEntrySchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId", ordered: true,
  fields: [
    { name: "publishedWithMeetingId", label: "Plan published with the pack for", input: "select", optionsFrom: meetingsOfCommittee },
    { name: "meetingDate", label: "Committee date", input: "date" },
    { name: "meetingDateAsPrinted", label: "Committee date as printed", input: "text" },
    { name: "isReserve", label: "Reserve date", input: "checkbox" },
    { name: "isProvisional", label: "Provisional meeting", input: "checkbox" },
    { name: "item", label: "Agenda item", input: "text" },
    { name: "leadOfficer", label: "Lead officer", input: "text" },
    { name: "keyDecisionRef", label: "Key decision reference", input: "text" },
    { name: "draftDeadline", label: "Deadline for draft reports", input: "date" },
    { name: "despatchDate", label: "Agenda despatch date", input: "date" },
  ],
  title: (r) => `${r.meetingDate ?? r.meetingDateAsPrinted ?? ""}: ${r.item}`, publishable: false, creatable: true, deletable: true,
  publicPath: async () => "/forward-plan",
};

const strategy: RecordType = {
  kind: "strategy", label: "strategy", plural: "strategies", table: t.strategies, schema: strategySchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId",
  fields: [
    { name: "title", label: "Title", input: "text" },
    { name: "meetingId", label: "Considered at", input: "select", optionsFrom: meetingsOfCommittee },
  ],
  title: (r) => String(r.title), publishable: true, creatable: true, deletable: false,
  children: ["strategy_priority", "strategy_action"],
  async derive(tx, values, _p, existing) {
    if (existing) return {};
    return { slug: await uniqueSlug(tx, t.strategies, slugify(String(values.title), 60)) };
  },
  publicPath: async (_tx, r) => `/strategies/${r.slug}`,
};

const strategyAction: RecordType = {
  kind: "strategy_action", label: "strategy action", plural: "strategy actions", table: t.strategyActions, schema: strategyActionSchema,
  parent: { kind: "strategy", column: "strategyId" }, ordered: true,
  fields: [
    { name: "ref", label: "Reference", hint: "Like 1.4", input: "text" },
    { name: "priorityId", label: "Priority", input: "select", optionsFrom: prioritiesOfStrategy },
    { name: "description", label: "Action", input: "textarea" },
    { name: "leadOfficer", label: "Lead officer", input: "text" },
    { name: "firstMilestone", label: "First milestone", hint: "As written, like May-18", input: "text" },
    { name: "continuesUntil", label: "Continues until", input: "text" },
    { name: "resources", label: "Resources and partners", input: "textarea" },
    { name: "risks", label: "Key risks", input: "textarea" },
    { name: "outputs", label: "Outputs", input: "textarea" },
    { name: "decisionRoute", label: "Decision-making route", input: "text" },
  ],
  title: (r) => `${r.ref} ${shortenText(String(r.description), 70)}`, publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.strategies, r.strategyId); return s ? `/strategies/${s}` : null; },
};

const budgetLine: RecordType = {
  kind: "budget_line", label: "budget line", plural: "budget lines", table: t.budgetLines, schema: budgetLineSchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId",
  fields: [{ name: "name", label: "Name", input: "text" }],
  title: (r) => String(r.name), publishable: false, creatable: true, deletable: false,
  children: ["budget_line_value"],
  async derive(tx, values, parent, existing) {
    const key = comparisonKey(String(values.name));
    const committeeId = Number(existing ? existing.committeeId : parent?.id);
    const clash = await tx.select({ id: t.budgetLines.id }).from(t.budgetLines).where(and(eq(t.budgetLines.committeeId, committeeId), eq(t.budgetLines.nameKey, key)));
    if (clash.some((c) => c.id !== existing?.id)) throw new FieldError("name", "This committee already has a budget line with that name");
    return { nameKey: key };
  },
  publicPath: async () => "/funding",
};

const budgetLineValue: RecordType = {
  kind: "budget_line_value", label: "budget figure", plural: "budget figures", table: t.budgetLineValues, schema: budgetLineValueSchema,
  parent: { kind: "budget_line", column: "budgetLineId" }, ordered: true,
  fields: [
    { name: "meetingId", label: "Reported to the meeting on", input: "select", optionsFrom: meetingsOfCommittee },
    { name: "tableName", label: "Table", input: "text" },
    { name: "lineAsPrinted", label: "Line as printed", input: "text" },
    { name: "unit", label: "Unit", input: "select", options: [{ value: "GBP_thousands", label: "£ thousands (£000)" }, { value: "GBP", label: "£" }] },
    { name: "isTotal", label: "A total line", input: "checkbox" },
    { name: "budget", label: "Budget", input: "number" },
    { name: "actual", label: "Actual", input: "number" },
    { name: "variance", label: "Variance", input: "number" },
    { name: "previousVariance", label: "Previous forecast variance", input: "number" },
  ],
  title: (r) => `${r.tableName}: ${r.lineAsPrinted}`, publishable: false, creatable: true, deletable: true,
  publicPath: async () => "/funding",
};

const fundingFact: RecordType = {
  kind: "funding_fact", label: "funding fact", plural: "funding facts", table: t.fundingFacts, schema: fundingFactSchema,
  parent: { kind: "meeting", column: "meetingId" }, ordered: true,
  fields: [
    { name: "label", label: "What the money is for", input: "text" },
    { name: "amountGbp", label: "Amount in pounds", hint: "A number, like 300000", input: "number" },
    { name: "asPrinted", label: "Amount as printed", hint: "Like £1.4million", input: "text" },
    { name: "reportId", label: "Report", input: "select", optionsFrom: reportsOfMeetingOf("meeting") },
  ],
  title: (r) => `${r.asPrinted}: ${r.label}`, publishable: false, creatable: true, deletable: true,
  publicPath: async () => "/funding/facts",
};

const outsideBody: RecordType = {
  kind: "outside_body", label: "outside body", plural: "outside bodies", table: t.outsideBodies, schema: outsideBodySchema, topLevel: true,
  committeeColumn: "appointingCommitteeId",
  fields: [
    { name: "number", label: "Number in the list", input: "number" },
    { name: "name", label: "Name", input: "text" },
    { name: "description", label: "Description", input: "textarea" },
    { name: "meetingsPerAnnum", label: "Meetings a year", hint: "As printed, like 4 – 6", input: "text" },
    { name: "repsAppointed", label: "Representatives appointed", hint: "As printed, like 1 Observer Status", input: "text" },
    { name: "contact", label: "Contact details", input: "textarea" },
    { name: "appointingCommitteeId", label: "Appointing committee", input: "select", optionsFrom: committeesAll },
  ],
  title: (r) => String(r.name), publishable: true, creatable: true, deletable: false,
  children: ["appointment"],
  async derive(tx, values, _p, existing) {
    const key = nameKey(String(values.name));
    const clash = await tx.select({ id: t.outsideBodies.id }).from(t.outsideBodies).where(eq(t.outsideBodies.nameKey, key));
    if (clash.some((c) => c.id !== existing?.id)) throw new FieldError("name", "An outside body with that name already exists");
    return existing ? { nameKey: key } : { nameKey: key, slug: await uniqueSlug(tx, t.outsideBodies, slugify(String(values.name), 60)) };
  },
  publicPath: async (_tx, r) => `/outside-bodies/${r.slug}`,
};

const appointment: RecordType = {
  kind: "appointment", label: "appointment", plural: "appointments", table: t.appointments, schema: appointmentSchema,
  parent: { kind: "outside_body", column: "outsideBodyId" }, ordered: true,
  fields: [
    { name: "nameAsPrinted", label: "Name as printed", input: "text" },
    { name: "personId", label: "Person", input: "select", optionsFrom: peopleAll },
    { name: "party", label: "Party", input: "text" },
    { name: "isSubstitute", label: "Substitute", input: "checkbox" },
  ],
  title: (r) => String(r.nameAsPrinted), publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.outsideBodies, r.outsideBodyId); return s ? `/outside-bodies/${s}` : null; },
};

const person: RecordType = {
  kind: "person", label: "person", plural: "people", table: t.people, schema: personSchema, topLevel: true,
  fields: [
    { name: "fullName", label: "Full name", input: "text" },
    { name: "honorific", label: "Title", hint: "Like Councillor or Dr", input: "text" },
    { name: "email", label: "Email", input: "email" },
    { name: "phone", label: "Telephone", input: "text" },
    { name: "isCouncillor", label: "A councillor", input: "checkbox" },
    { name: "party", label: "Party", input: "text" },
  ],
  title: (r) => String(r.fullName), publishable: true, creatable: true, deletable: false,
  children: ["person_alias", "post"],
  async derive(tx, values, _p, existing) {
    if (existing) return {};
    return { slug: await uniqueSlug(tx, t.people, slugify(String(values.fullName), 60)) };
  },
  publicPath: async (_tx, r) => `/people/${r.slug}`,
};

const personAlias: RecordType = {
  kind: "person_alias", label: "other printed name", plural: "other printed names", table: t.personAliases, schema: personAliasSchema,
  parent: { kind: "person", column: "personId" },
  fields: [{ name: "alias", label: "Name as printed", hint: "Like S Taylor or Cllr Taylor: the importer matches it to this person", input: "text" }],
  title: (r) => String(r.alias), publishable: false, creatable: true, deletable: true,
  async derive(tx, values, parent, existing) {
    const key = nameKey(String(values.alias));
    const personId = Number(existing ? existing.personId : parent?.id);
    const clash = await tx.select({ id: t.personAliases.id }).from(t.personAliases).where(and(eq(t.personAliases.personId, personId), eq(t.personAliases.aliasKey, key)));
    if (clash.some((c) => c.id !== existing?.id)) throw new FieldError("alias", "This person already has that name");
    return { aliasKey: key };
  },
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.people, r.personId); return s ? `/people/${s}` : null; },
};

const reportPage = async (tx: Tx | Database, r: Row) => { const s = await slugOf(tx, t.reports, r.reportId); return s ? `/reports/${s}` : null; };
const reportChild = (kind: string, label: string, plural: string, table: SQLiteTable, schema: ZodType<Record<string, unknown>>, fields: FieldSpec[], title: (r: Row) => string, ordered = true): RecordType => ({
  kind, label, plural, table, schema, fields, title, parent: { kind: "report", column: "reportId" }, ordered, publishable: false, creatable: true, deletable: true, publicPath: reportPage,
});

const reportContact = reportChild("report_contact", "contact", "contacts", t.reportContacts, reportContactSchema, [
  { name: "contactType", label: "Officer or member", input: "select", options: [{ value: "officer", label: "Officer contact" }, { value: "member", label: "Member contact" }] },
  { name: "name", label: "Name", input: "text" },
  { name: "personId", label: "Person", hint: "Their record, so their page lists this report", input: "select", optionsFrom: peopleAll },
  { name: "post", label: "Post", input: "text" },
  { name: "email", label: "Email", input: "email" },
  { name: "telephone", label: "Telephone", input: "text" },
], (r) => `${r.name}${r.post ? `, ${r.post}` : ""}`);
const reportImplication = reportChild("report_implication", "implication", "significant implications", t.reportImplications, reportImplicationSchema, [
  { name: "category", label: "Category", hint: "Like Statutory, Legal and Risk", input: "text" },
  { name: "text", label: "Implications", hint: "Leave empty when there are no significant implications in this category", input: "textarea" },
], (r) => String(r.category));
const environmentImplication = reportChild("environment_implication", "environment and climate implication", "environment and climate implications", t.environmentImplications, environmentImplicationSchema, [
  { name: "number", label: "Number", input: "number" },
  { name: "implication", label: "Implication", input: "text" },
  { name: "status", label: "Status", input: "select", options: opts(["Positive", "Neutral", "Negative"]) },
  { name: "explanation", label: "Explanation", input: "textarea" },
], (r) => `${r.number ?? ""} ${r.implication}`.trim());
const officerClearance = reportChild("officer_clearance", "officer clearance", "officer clearances", t.officerClearances, officerClearanceSchema, [
  { name: "question", label: "Question", input: "text" },
  { name: "answer", label: "Answer", input: "text" },
  { name: "officerName", label: "Officer", input: "text" },
], (r) => shortenText(String(r.question), 80));
const reportSourceDocument = reportChild("report_source_document", "source document", "source documents", t.reportSourceDocuments, reportSourceDocumentSchema, [
  { name: "title", label: "Document", input: "text" },
  { name: "location", label: "Where to find it", hint: "A web address, or a place like Room 117, Shire Hall", input: "text" },
], (r) => String(r.title));
const footnote = reportChild("footnote", "footnote", "footnotes", t.footnotes, footnoteSchema, [
  { name: "marker", label: "Marker", hint: "Like 1", input: "text" },
  { name: "text", label: "Footnote", input: "textarea" },
], (r) => `${r.marker}. ${shortenText(String(r.text), 70)}`, false);

const membership: RecordType = {
  kind: "committee_membership", label: "member", plural: "members", table: t.committeeMemberships, schema: membershipSchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId",
  fields: [
    { name: "personId", label: "Person", input: "select", optionsFrom: peopleAll },
    { name: "role", label: "Role", input: "select", options: opts(["chair", "vice_chair", "member", "substitute"], { vice_chair: "Vice-chair" }) },
    { name: "roleAsPrinted", label: "Role as printed", hint: "Like Vice-Chairwoman", input: "text" },
    { name: "validFrom", label: "From", input: "date" },
    { name: "validTo", label: "To", input: "date" },
  ],
  title: (r) => `${r.roleAsPrinted ?? r.role} (person ${r.personId})${r.validFrom ? ` from ${r.validFrom}` : ""}`, publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.committees, r.committeeId); return s ? `/committees/${s}` : null; },
};

const championRole: RecordType = {
  kind: "champion_role", label: "champion role", plural: "champion roles", table: t.championRoles, schema: championRoleSchema,
  parent: { kind: "committee", column: "committeeId" }, committeeColumn: "committeeId",
  fields: [
    { name: "personId", label: "Person", input: "select", optionsFrom: peopleAll },
    { name: "area", label: "Area", input: "text" },
    { name: "roleLabel", label: "Role", hint: "Like Area Champion or Community Champion", input: "text" },
    { name: "validFrom", label: "From", input: "date" },
    { name: "validTo", label: "To", input: "date" },
  ],
  title: (r) => `${r.roleLabel}, ${r.area}`, publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.committees, r.committeeId); return s ? `/committees/${s}` : null; },
};

const post: RecordType = {
  kind: "post", label: "post", plural: "posts", table: t.posts, schema: postSchema,
  parent: { kind: "person", column: "personId" },
  fields: [
    { name: "title", label: "Post", input: "text" },
    { name: "organisation", label: "Organisation", input: "text" },
    { name: "validFrom", label: "From", input: "date" },
    { name: "validTo", label: "To", input: "date" },
  ],
  title: (r) => String(r.title), publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.people, r.personId); return s ? `/people/${s}` : null; },
};

const strategyPriority: RecordType = {
  kind: "strategy_priority", label: "priority", plural: "priorities", table: t.strategyPriorities, schema: strategyPrioritySchema,
  parent: { kind: "strategy", column: "strategyId" }, ordered: true,
  fields: [{ name: "number", label: "Number", input: "number" }, { name: "title", label: "Priority", input: "text" }],
  title: (r) => `${r.number ?? ""} ${r.title}`.trim(), publishable: false, creatable: true, deletable: true,
  publicPath: async (tx, r) => { const s = await slugOf(tx, t.strategies, r.strategyId); return s ? `/strategies/${s}` : null; },
};

export const RECORD_TYPES: readonly RecordType[] = [
  committee, meeting, agendaItem, report, recommendation, minutesType, attendanceType, minuteEntry, resolution, resolutionPart,
  action, actionUpdate, agendaPlanEntry, strategy, strategyAction, budgetLine, budgetLineValue, fundingFact, outsideBody, appointment,
  person, personAlias, reportContact, reportImplication, environmentImplication, officerClearance, reportSourceDocument, footnote,
  membership, championRole, post, strategyPriority,
];

const BY_KIND = new Map(RECORD_TYPES.map((r) => [r.kind, r]));

export function recordType(kind: string): RecordType {
  const type = BY_KIND.get(kind);
  if (!type) throw new UnknownRecordTypeError(kind);
  return type;
}

export function isRecordKind(kind: string): boolean {
  return BY_KIND.has(kind);
}

export class UnknownRecordTypeError extends Error {
  constructor(kind: string) {
    super(`There is no kind of record called "${kind}".`);
    this.name = "UnknownRecordTypeError";
  }
}

/** A refusal tied to one field (a clash a schema cannot see, like a duplicate number). */
export class FieldError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "FieldError";
  }
}

export function columnOf(type: RecordType, name: string): SQLiteColumn | undefined {
  return col(type.table, name);
}
