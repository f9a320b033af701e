/**
 * Every table of Open Committee. Public records carry a publication state and a stable slug;
 * imported rows carry their source document and line so a reader (and a clerk) can trace a
 * value back to the pack it came from. Fields a clerk edits by hand are listed per row in
 * `clerk_edited_fields` so a later re-import never overwrites them.
 *
 * Every foreign key leads an index (a child read in print order: parent and sort_order), so a
 * page reads one parent's rows and a delete finds the rows it cascades to without scanning a
 * table; only `source_document_id` on the record tables goes without (documents are never
 * deleted). tests/integration/indexes.test.ts holds the rule; migration 0005 added the indexes.
 */
import { relations, sql } from "drizzle-orm";
import { blob, foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const id = () => integer("id").primaryKey({ autoIncrement: true });
const createdAt = () => text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const updatedAt = () => text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const publication = () => text("publication", { enum: ["draft", "published"] }).notNull().default("published");
/** JSON array of column names a clerk has changed by hand since import. */
const clerkEdited = () => text("clerk_edited_fields", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`);
const sourceDocumentId = () => integer("source_document_id").references(() => sourceDocuments.id, { onDelete: "cascade" });
const sourceLine = () => integer("source_line");
const sortOrder = () => integer("sort_order").notNull().default(0);
/** Optimistic concurrency: a form carries the version it was opened at; a save bumps it. */
const version = () => integer("version").notNull().default(1);

// ───────────────────────────── reference and people ─────────────────────────────

export const authorities = sqliteTable("authorities", {
  id: id(),
  name: text("name").notNull().unique(),
  slug: text("slug").notNull().unique(),
  website: text("website"),
});

export const committees = sqliteTable(
  "committees",
  {
    id: id(),
    authorityId: integer("authority_id").notNull().references(() => authorities.id),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    shortName: text("short_name"),
    description: text("description"),
    publication: publication(),
    clerkEditedFields: clerkEdited(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("committees_authority").on(t.authorityId)],
);

/** Printed variants of a committee's name ("C&P Committee"), keyed by a normalised form. */
export const committeeAliases = sqliteTable(
  "committee_aliases",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    aliasKey: text("alias_key").notNull().unique(),
  },
  (t) => [index("committee_aliases_committee").on(t.committeeId)],
);

export const people = sqliteTable("people", {
  id: id(),
  slug: text("slug").notNull().unique(),
  fullName: text("full_name").notNull(),
  honorific: text("honorific"),
  email: text("email"),
  phone: text("phone"),
  isCouncillor: integer("is_councillor", { mode: "boolean" }).notNull().default(false),
  party: text("party"),
  publication: publication(),
  clerkEditedFields: clerkEdited(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Every way a person's name was printed ("S Criswell", "Cllr Criswell"). */
export const personAliases = sqliteTable(
  "person_aliases",
  {
    id: id(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    aliasKey: text("alias_key").notNull(),
  },
  (t) => [uniqueIndex("person_aliases_person_key").on(t.personId, t.aliasKey), index("person_aliases_key").on(t.aliasKey)],
);

/** Posts an officer or member held ("Service Director - Communities and Safety"). */
export const posts = sqliteTable(
  "posts",
  {
    id: id(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    organisation: text("organisation"),
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
  },
  (t) => [index("posts_person").on(t.personId)],
);

export const committeeMemberships = sqliteTable(
  "committee_memberships",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id, { onDelete: "cascade" }),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["chair", "vice_chair", "member", "substitute"] }).notNull(),
    roleAsPrinted: text("role_as_printed"),
    /** As listed on the front sheet of this meeting's pack. */
    asAtMeetingId: integer("as_at_meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
  },
  (t) => [uniqueIndex("memberships_unique").on(t.committeeId, t.personId, t.asAtMeetingId), index("memberships_person").on(t.personId), index("memberships_as_at_meeting").on(t.asAtMeetingId)],
);

/**
 * Area / Community Champion roles, one row per spell in an area. valid_from is the date of the
 * meeting whose minutes or report state the role (null when the papers only say it ended);
 * valid_to is the day before the next holder's start or a vacancy.
 */
export const championRoles = sqliteTable(
  "champion_roles",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id, { onDelete: "cascade" }),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    area: text("area").notNull(),
    roleLabel: text("role_label").notNull(),
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    /** The pack whose import wrote the row; a re-import of that pack replaces it. */
    publishedWithMeetingId: integer("published_with_meeting_id"),
    /** The meeting whose minutes or report state the role, for the link to the source. */
    statedAtMeetingId: integer("stated_at_meeting_id"),
    /** The report that states it; null when the minutes do. */
    reportId: integer("report_id"),
    /** The minute that states it, within the minutes of the stated-at meeting. */
    minuteNumber: integer("minute_number"),
  },
  (t) => [
    // Added by a second migration (0002) that rebuilds the table: drizzle-kit's SQLite ADD COLUMN ... REFERENCES drops ON DELETE.
    foreignKey({ columns: [t.publishedWithMeetingId], foreignColumns: [meetings.id], name: "champion_roles_published_with_fk" }).onDelete("cascade"),
    foreignKey({ columns: [t.statedAtMeetingId], foreignColumns: [meetings.id], name: "champion_roles_stated_at_fk" }).onDelete("set null"),
    foreignKey({ columns: [t.reportId], foreignColumns: [reports.id], name: "champion_roles_report_fk" }).onDelete("set null"),
    index("champion_roles_committee").on(t.committeeId),
    index("champion_roles_person").on(t.personId),
    index("champion_roles_published_with").on(t.publishedWithMeetingId),
    index("champion_roles_stated_at").on(t.statedAtMeetingId),
    index("champion_roles_report").on(t.reportId),
  ],
);

// ───────────────────────────── meetings and packs ─────────────────────────────

export const sourceDocuments = sqliteTable("source_documents", {
  id: id(),
  kind: text("kind", { enum: ["agenda_pack", "minutes", "report", "appendix", "decision_notice", "document"] }).notNull().default("agenda_pack"),
  fileName: text("file_name").notNull(),
  sha256: text("sha256").notNull().unique(),
  lineCount: integer("line_count").notNull(),
  /** The pack's text as imported, served as the original download and kept for re-parsing. */
  content: text("content").notNull(),
  /** "text/plain" or "application/pdf": what the clerk or the CLI gave us. */
  mediaType: text("media_type").notNull().default("text/plain"),
  /** The original file's bytes when it was not plain text (a PDF), served as the original. */
  original: blob("original", { mode: "buffer" }),
  pageCount: integer("page_count"),
  attribution: text("attribution"),
  importedAt: createdAt(),
});

export const meetings = sqliteTable(
  "meetings",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id),
    slug: text("slug").notNull().unique(),
    meetingDate: text("meeting_date").notNull(),
    dateAsPrinted: text("date_as_printed"),
    startTime: text("start_time"),
    endTime: text("end_time"),
    timeAsPrinted: text("time_as_printed"),
    venue: text("venue"),
    room: text("room"),
    isVirtual: integer("is_virtual", { mode: "boolean" }).notNull().default(false),
    virtualPlatforms: text("virtual_platforms"),
    status: text("status", { enum: ["scheduled", "held", "cancelled", "postponed", "reserve", "provisional"] }).notNull().default("scheduled"),
    /** Why a meeting was cancelled or postponed, and to when, as the clerk writes it for readers. */
    statusNote: text("status_note"),
    clerkName: text("clerk_name"),
    clerkPhone: text("clerk_phone"),
    clerkEmail: text("clerk_email"),
    /** The agenda pack that describes this meeting (null for meetings known only from minutes). */
    sourceDocumentId: integer("source_document_id").references(() => sourceDocuments.id, { onDelete: "set null" }),
    sourceLine: sourceLine(),
    publication: publication(),
    clerkEditedFields: clerkEdited(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("meetings_committee_date").on(t.committeeId, t.meetingDate), index("meetings_date").on(t.meetingDate), index("meetings_source_document").on(t.sourceDocumentId)],
);

export const agendaSections = sqliteTable(
  "agenda_sections",
  {
    id: id(),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    heading: text("heading").notNull(),
    sortOrder: sortOrder(),
  },
  (t) => [index("agenda_sections_meeting").on(t.meetingId, t.sortOrder)],
);

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: id(),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    sectionId: integer("section_id").references(() => agendaSections.id, { onDelete: "set null" }),
    numberLabel: text("number_label").notNull(),
    sortOrder: sortOrder(),
    title: text("title").notNull(),
    pageStart: integer("page_start"),
    pageEnd: integer("page_end"),
    itemKind: text("item_kind", {
      enum: ["apologies", "minutes", "action_log", "petitions", "report", "oral_update", "next_meeting", "notification", "other"],
    }).notNull().default("other"),
    bodyText: text("body_text"),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    clerkEditedFields: clerkEdited(),
    version: version(),
  },
  (t) => [uniqueIndex("agenda_items_meeting_number").on(t.meetingId, t.numberLabel), index("agenda_items_section").on(t.sectionId)],
);

// ───────────────────────────── reports ─────────────────────────────

export const reports = sqliteTable(
  "reports",
  {
    id: id(),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: integer("agenda_item_id").references(() => agendaItems.id, { onDelete: "set null" }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    toText: text("to_text"),
    meetingDateAsPrinted: text("meeting_date_as_printed"),
    fromText: text("from_text"),
    electoralDivisions: text("electoral_divisions"),
    keyDecision: integer("key_decision", { mode: "boolean" }),
    keyDecisionAsPrinted: text("key_decision_as_printed"),
    forwardPlanRef: text("forward_plan_ref"),
    purpose: text("purpose"),
    recommendationLeadIn: text("recommendation_lead_in"),
    sortOrder: sortOrder(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    sourceLineEnd: integer("source_line_end"),
    publication: publication(),
    clerkEditedFields: clerkEdited(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("reports_meeting").on(t.meetingId), index("reports_agenda_item").on(t.agendaItemId)],
);

export const recommendations = sqliteTable(
  "recommendations",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    label: text("label"),
    text: text("text").notNull(),
    sortOrder: sortOrder(),
  },
  (t) => [index("recommendations_report").on(t.reportId, t.sortOrder)],
);

export const reportContacts = sqliteTable(
  "report_contacts",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    contactType: text("contact_type", { enum: ["officer", "member"] }).notNull(),
    name: text("name").notNull(),
    post: text("post"),
    email: text("email"),
    telephone: text("telephone"),
    sortOrder: sortOrder(),
  },
  (t) => [
    index("report_contacts_report").on(t.reportId, t.sortOrder),
    index("report_contacts_person").on(t.personId),
  ],
);

/** The report body as ordered blocks: headings, numbered paragraphs, lists and tables. */
export const reportSections = sqliteTable(
  "report_sections",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    sortOrder: sortOrder(),
    kind: text("kind", { enum: ["heading", "paragraph", "list", "table"] }).notNull(),
    number: text("number"),
    level: integer("level"),
    text: text("text"),
    /** Lists: string[]; tables: { header: string[], rows: string[][] }. */
    data: text("data", { mode: "json" }).$type<string[] | { header: string[]; rows: string[][] }>(),
    sourceLine: sourceLine(),
  },
  (t) => [index("report_sections_report").on(t.reportId, t.sortOrder)],
);

export const reportImplications = sqliteTable(
  "report_implications",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    text: text("text"),
    sortOrder: sortOrder(),
  },
  (t) => [index("report_implications_report").on(t.reportId, t.sortOrder)],
);

export const environmentImplications = sqliteTable(
  "environment_implications",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    number: integer("number"),
    implication: text("implication").notNull(),
    status: text("status"),
    explanation: text("explanation"),
    sortOrder: sortOrder(),
  },
  (t) => [index("environment_implications_report").on(t.reportId, t.sortOrder)],
);

export const officerClearances = sqliteTable(
  "officer_clearances",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    answer: text("answer"),
    officerName: text("officer_name"),
    sortOrder: sortOrder(),
  },
  (t) => [index("officer_clearances_report").on(t.reportId, t.sortOrder)],
);

export const reportSourceDocuments = sqliteTable(
  "report_source_documents",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    location: text("location"),
    sortOrder: sortOrder(),
  },
  (t) => [index("report_source_documents_report").on(t.reportId, t.sortOrder)],
);

export const footnotes = sqliteTable(
  "footnotes",
  {
    id: id(),
    reportId: integer("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    marker: text("marker").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("footnotes_report").on(t.reportId)],
);

// ───────────────────────────── minutes, decisions, actions ─────────────────────────────

export const minutes = sqliteTable(
  "minutes",
  {
    id: id(),
    /** The meeting these minutes record. */
    meetingId: integer("meeting_id").notNull().unique().references(() => meetings.id, { onDelete: "cascade" }),
    /** The meeting whose pack printed them (for approval). */
    printedInMeetingId: integer("printed_in_meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    startTime: text("start_time"),
    endTime: text("end_time"),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    publication: publication(),
    version: version(),
  },
  (t) => [index("minutes_printed_in").on(t.printedInMeetingId)],
);

export const attendance = sqliteTable(
  "attendance",
  {
    id: id(),
    minutesId: integer("minutes_id").notNull().references(() => minutes.id, { onDelete: "cascade" }),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    nameAsPrinted: text("name_as_printed").notNull(),
    status: text("status", { enum: ["present", "apologies", "in_attendance"] }).notNull(),
    roleLabel: text("role_label"),
    substitutingFor: text("substituting_for"),
    substitutingForPersonId: integer("substituting_for_person_id").references(() => people.id, { onDelete: "set null" }),
    sortOrder: sortOrder(),
  },
  (t) => [
    index("attendance_minutes").on(t.minutesId, t.sortOrder),
    index("attendance_person").on(t.personId),
    index("attendance_substituting_for").on(t.substitutingForPersonId),
  ],
);

export const minuteEntries = sqliteTable(
  "minute_entries",
  {
    id: id(),
    minutesId: integer("minutes_id").notNull().references(() => minutes.id, { onDelete: "cascade" }),
    /** The minute's number when it is a plain integer (52); null for unnumbered minutes. */
    minuteNumber: integer("minute_number"),
    /** The number as printed ("93/18", "20.01.05", "84."), when the minutes number their entries. */
    numberLabel: text("number_label"),
    title: text("title").notNull(),
    body: text("body"),
    /** The report this minute considered, when it is in the database. */
    reportId: integer("report_id").references(() => reports.id, { onDelete: "set null" }),
    sortOrder: sortOrder(),
    sourceLine: sourceLine(),
    clerkEditedFields: clerkEdited(),
    version: version(),
  },
  (t) => [
    index("minute_entries_minutes").on(t.minutesId, t.sortOrder),
    index("minute_entries_report").on(t.reportId),
  ],
);

export const resolutions = sqliteTable(
  "resolutions",
  {
    id: id(),
    minuteEntryId: integer("minute_entry_id").notNull().references(() => minuteEntries.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    preamble: text("preamble"),
    outcome: text("outcome", { enum: ["unanimous", "majority", "carried", "lost"] }),
    votesFor: integer("votes_for"),
    votesAgainst: integer("votes_against"),
    abstentions: integer("abstentions"),
    text: text("text").notNull(),
    sortOrder: sortOrder(),
    publication: publication(),
    clerkEditedFields: clerkEdited(),
    version: version(),
  },
  (t) => [index("resolutions_minute_entry").on(t.minuteEntryId, t.sortOrder)],
);

export const resolutionParts = sqliteTable(
  "resolution_parts",
  {
    id: id(),
    resolutionId: integer("resolution_id").notNull().references(() => resolutions.id, { onDelete: "cascade" }),
    label: text("label"),
    text: text("text").notNull(),
    sortOrder: sortOrder(),
  },
  (t) => [index("resolution_parts_resolution").on(t.resolutionId, t.sortOrder)],
);

export const actions = sqliteTable(
  "actions",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id),
    slug: text("slug").notNull().unique(),
    /** The meeting whose minutes created the action. */
    originMeetingId: integer("origin_meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    /** Date of the meeting that created it, as the action log gives it (the meeting may not be in the database). */
    originMeetingDate: text("origin_meeting_date"),
    originMinuteEntryId: integer("origin_minute_entry_id").references(() => minuteEntries.id, { onDelete: "set null" }),
    minuteNumber: text("minute_number"),
    itemTitle: text("item_title"),
    description: text("description").notNull(),
    responsible: text("responsible"),
    /** Latest status as printed in the newest action log. */
    status: text("status"),
    isComplete: integer("is_complete", { mode: "boolean" }).notNull().default(false),
    publication: publication(),
    clerkEditedFields: clerkEdited(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("actions_committee").on(t.committeeId), index("actions_origin_meeting").on(t.originMeetingId), index("actions_origin_entry").on(t.originMinuteEntryId)],
);

export const actionOwners = sqliteTable(
  "action_owners",
  {
    actionId: integer("action_id").notNull().references(() => actions.id, { onDelete: "cascade" }),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.personId] }), index("action_owners_person").on(t.personId)],
);

export const actionUpdates = sqliteTable(
  "action_updates",
  {
    id: id(),
    actionId: integer("action_id").notNull().references(() => actions.id, { onDelete: "cascade" }),
    /** The meeting whose pack carried this action-log update. */
    reportedAtMeetingId: integer("reported_at_meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    comment: text("comment"),
    status: text("status"),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    version: version(),
  },
  (t) => [
    index("action_updates_action").on(t.actionId),
    index("action_updates_reported_at").on(t.reportedAtMeetingId),
  ],
);

// ───────────────────────────── plans ─────────────────────────────

export const agendaPlanEntries = sqliteTable(
  "agenda_plan_entries",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id),
    /** The pack (meeting) whose agenda plan listed this entry: the plan as published then. */
    publishedWithMeetingId: integer("published_with_meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    meetingDate: text("meeting_date"),
    meetingDateAsPrinted: text("meeting_date_as_printed"),
    isReserve: integer("is_reserve", { mode: "boolean" }).notNull().default(false),
    isProvisional: integer("is_provisional", { mode: "boolean" }).notNull().default(false),
    item: text("item").notNull(),
    leadOfficer: text("lead_officer"),
    keyDecisionRef: text("key_decision_ref"),
    draftDeadline: text("draft_deadline"),
    despatchDate: text("despatch_date"),
    sortOrder: sortOrder(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    clerkEditedFields: clerkEdited(),
    version: version(),
  },
  (t) => [index("agenda_plan_committee").on(t.committeeId, t.meetingDate), index("agenda_plan_published_with").on(t.publishedWithMeetingId)],
);

export const workshops = sqliteTable(
  "workshops",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id),
    publishedWithMeetingId: integer("published_with_meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    workshopDate: text("workshop_date"),
    dateAsPrinted: text("date_as_printed").notNull(),
    sortOrder: sortOrder(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
  },
  (t) => [
    index("workshops_committee").on(t.committeeId),
    index("workshops_published_with").on(t.publishedWithMeetingId),
  ],
);

export const workshopItems = sqliteTable(
  "workshop_items",
  {
    id: id(),
    workshopId: integer("workshop_id").notNull().references(() => workshops.id, { onDelete: "cascade" }),
    number: text("number"),
    title: text("title").notNull(),
    presenter: text("presenter"),
    sortOrder: sortOrder(),
  },
  (t) => [index("workshop_items_workshop").on(t.workshopId, t.sortOrder)],
);

// ───────────────────────────── strategies ─────────────────────────────

export const strategies = sqliteTable(
  "strategies",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id),
    reportId: integer("report_id").references(() => reports.id, { onDelete: "set null" }),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    publication: publication(),
    version: version(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
  },
  (t) => [
    index("strategies_committee").on(t.committeeId),
    index("strategies_meeting").on(t.meetingId),
    index("strategies_report").on(t.reportId),
  ],
);

export const strategyPriorities = sqliteTable(
  "strategy_priorities",
  {
    id: id(),
    strategyId: integer("strategy_id").notNull().references(() => strategies.id, { onDelete: "cascade" }),
    number: integer("number"),
    title: text("title").notNull(),
    sortOrder: sortOrder(),
  },
  (t) => [index("strategy_priorities_strategy").on(t.strategyId, t.sortOrder)],
);

export const priorityOutcomes = sqliteTable(
  "priority_outcomes",
  {
    id: id(),
    priorityId: integer("priority_id").notNull().references(() => strategyPriorities.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    sortOrder: sortOrder(),
  },
  (t) => [index("priority_outcomes_priority").on(t.priorityId, t.sortOrder)],
);

export const strategyActions = sqliteTable(
  "strategy_actions",
  {
    id: id(),
    strategyId: integer("strategy_id").notNull().references(() => strategies.id, { onDelete: "cascade" }),
    priorityId: integer("priority_id").references(() => strategyPriorities.id, { onDelete: "set null" }),
    ref: text("ref").notNull(),
    description: text("description").notNull(),
    leadOfficer: text("lead_officer"),
    firstMilestone: text("first_milestone"),
    continuesUntil: text("continues_until"),
    resources: text("resources"),
    risks: text("risks"),
    outputs: text("outputs"),
    decisionRoute: text("decision_route"),
    sortOrder: sortOrder(),
    sourceLine: sourceLine(),
    clerkEditedFields: clerkEdited(),
    version: version(),
  },
  (t) => [
    index("strategy_actions_strategy").on(t.strategyId, t.sortOrder),
    index("strategy_actions_priority").on(t.priorityId),
  ],
);

// ───────────────────────────── finance ─────────────────────────────

/** A budget line as a thing that persists across finance reports (to show how it moves). */
export const budgetLines = sqliteTable(
  "budget_lines",
  {
    id: id(),
    committeeId: integer("committee_id").notNull().references(() => committees.id),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
  },
  (t) => [uniqueIndex("budget_lines_key").on(t.committeeId, t.nameKey)],
);

export const budgetLineValues = sqliteTable(
  "budget_line_values",
  {
    id: id(),
    budgetLineId: integer("budget_line_id").notNull().references(() => budgetLines.id, { onDelete: "cascade" }),
    reportId: integer("report_id").references(() => reports.id, { onDelete: "set null" }),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    tableName: text("table_name").notNull(),
    lineAsPrinted: text("line_as_printed").notNull(),
    unit: text("unit", { enum: ["GBP", "GBP_thousands"] }).notNull(),
    isTotal: integer("is_total", { mode: "boolean" }).notNull().default(false),
    budget: real("budget"),
    actual: real("actual"),
    variance: real("variance"),
    previousVariance: real("previous_variance"),
    sortOrder: sortOrder(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    version: version(),
  },
  (t) => [
    index("budget_line_values_line").on(t.budgetLineId),
    index("budget_line_values_meeting").on(t.meetingId),
    index("budget_line_values_report").on(t.reportId, t.sortOrder),
  ],
);

export const fundingFacts = sqliteTable(
  "funding_facts",
  {
    id: id(),
    meetingId: integer("meeting_id").notNull().references(() => meetings.id, { onDelete: "cascade" }),
    reportId: integer("report_id").references(() => reports.id, { onDelete: "set null" }),
    label: text("label").notNull(),
    amountGbp: real("amount_gbp").notNull(),
    asPrinted: text("as_printed").notNull(),
    sortOrder: sortOrder(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
    version: version(),
  },
  (t) => [
    index("funding_facts_meeting").on(t.meetingId),
    index("funding_facts_report").on(t.reportId, t.sortOrder),
  ],
);

// ───────────────────────────── outside bodies ─────────────────────────────

export const outsideBodies = sqliteTable(
  "outside_bodies",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    nameKey: text("name_key").notNull().unique(),
    number: integer("number"),
    name: text("name").notNull(),
    description: text("description"),
    meetingsPerAnnum: text("meetings_per_annum"),
    repsAppointed: text("reps_appointed"),
    contact: text("contact"),
    appointingCommitteeId: integer("appointing_committee_id").references(() => committees.id),
    publication: publication(),
    clerkEditedFields: clerkEdited(),
    version: version(),
    sourceDocumentId: sourceDocumentId(),
    sourceLine: sourceLine(),
  },
  (t) => [index("outside_bodies_appointing_committee").on(t.appointingCommitteeId)],
);

export const appointments = sqliteTable(
  "appointments",
  {
    id: id(),
    outsideBodyId: integer("outside_body_id").notNull().references(() => outsideBodies.id, { onDelete: "cascade" }),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    nameAsPrinted: text("name_as_printed").notNull(),
    party: text("party"),
    isSubstitute: integer("is_substitute", { mode: "boolean" }).notNull().default(false),
    /** The meeting whose pack listed this appointment. */
    listedAtMeetingId: integer("listed_at_meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    sortOrder: sortOrder(),
    sourceDocumentId: sourceDocumentId(),
    version: version(),
  },
  (t) => [
    index("appointments_body").on(t.outsideBodyId, t.sortOrder),
    index("appointments_person").on(t.personId),
    index("appointments_listed_at").on(t.listedAtMeetingId),
  ],
);

// ───────────────────────────── users, audit, import QA ─────────────────────────────

export const users = sqliteTable("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["clerk", "admin"] }).notNull().default("clerk"),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  /** Sessions issued before this instant are no longer honoured (password reset, disable). */
  sessionsValidAfter: text("sessions_valid_after"),
  lastSignInAt: text("last_sign_in_at"),
  version: version(),
  createdAt: createdAt(),
});

/** A clerk limited to some committees has rows here; a clerk with none may edit every committee. */
export const userCommittees = sqliteTable(
  "user_committees",
  {
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    committeeId: integer("committee_id").notNull().references(() => committees.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.committeeId] }), index("user_committees_committee").on(t.committeeId)],
);

/** Recent sign-in attempts, keyed by account and by client address, for rate limiting. */
export const signInAttempts = sqliteTable(
  "sign_in_attempts",
  {
    id: id(),
    /** "email:<address>" or "ip:<address>". */
    key: text("key").notNull(),
    succeeded: integer("succeeded", { mode: "boolean" }).notNull().default(false),
    at: createdAt(),
  },
  (t) => [index("sign_in_attempts_key_at").on(t.key, t.at)],
);

/** Server-side record of each sign-in, so a session can be listed and revoked. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    /** When the session last made a request (to within a minute); null until its first. */
    lastSeenAt: text("last_seen_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/**
 * Every publish, in order: the changes a write made public (lib/publishing/change-targets.ts),
 * so that every instance of the site expires the same pages, including one that was down or
 * missed the broadcast (lib/publishing/journal.ts). Kept a week.
 */
export const revalidationJournal = sqliteTable(
  "revalidation_journal",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    createdAt: createdAt(),
    /** The process that recorded it (it has expired its own pages already). */
    origin: text("origin").notNull(),
    /** JSON: PublicChange[]. */
    changes: text("changes").notNull(),
  },
  (t) => [index("revalidation_journal_created").on(t.createdAt)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Who acted when no user did (e.g. "cli-import"). */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    /** The record's fields before and after the change (null for a create / a delete). */
    before: text("before", { mode: "json" }).$type<Record<string, unknown>>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown>>(),
    at: createdAt(),
  },
  (t) => [index("audit_entity").on(t.entityType, t.entityId), index("audit_at").on(t.at), index("audit_user").on(t.userId)],
);

export const importRuns = sqliteTable(
  "import_runs",
  {
    id: id(),
    sourceDocumentId: integer("source_document_id").references(() => sourceDocuments.id, { onDelete: "set null" }),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    parserVersion: text("parser_version").notNull(),
    status: text("status", { enum: ["imported", "updated", "unchanged"] }).notNull(),
    stats: text("stats", { mode: "json" }).$type<Record<string, number>>(),
    actor: text("actor").notNull(),
    startedAt: createdAt(),
    finishedAt: text("finished_at"),
  },
  (t) => [
    index("import_runs_meeting").on(t.meetingId),
    index("import_runs_source_document").on(t.sourceDocumentId),
  ],
);

export const importIssues = sqliteTable(
  "import_issues",
  {
    id: id(),
    importRunId: integer("import_run_id").notNull().references(() => importRuns.id, { onDelete: "cascade" }),
    severity: text("severity", { enum: ["info", "warning", "error"] }).notNull(),
    code: text("code").notNull(),
    line: integer("line"),
    message: text("message").notNull(),
    resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolution: text("resolution"),
  },
  (t) => [
    index("import_issues_run").on(t.importRunId),
    index("import_issues_resolved_by").on(t.resolvedBy),
  ],
);

/**
 * A document a clerk uploaded, held for review before any record is written: the importer's
 * reading, the clerk's corrections, and what became of it.
 */
export const importReviews = sqliteTable(
  "import_reviews",
  {
    id: id(),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sha256: text("sha256").notNull(),
    original: blob("original", { mode: "buffer" }),
    /** The document's text (extracted from the PDF where it was one). */
    text: text("text").notNull(),
    /** The importer's reading (ParsedPack), with the clerk's corrections applied. */
    parsed: text("parsed", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["pending", "accepted", "discarded"] }).notNull().default("pending"),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: text("decided_at"),
    version: version(),
  },
  (t) => [
    index("import_reviews_meeting").on(t.meetingId),
    index("import_reviews_created_by").on(t.createdBy),
    index("import_reviews_decided_by").on(t.decidedBy),
  ],
);

// ───────────────────────────── relations ─────────────────────────────

export const committeesRelations = relations(committees, ({ many, one }) => ({
  authority: one(authorities, { fields: [committees.authorityId], references: [authorities.id] }),
  meetings: many(meetings),
  aliases: many(committeeAliases),
  memberships: many(committeeMemberships),
}));

export const meetingsRelations = relations(meetings, ({ one, many }) => ({
  committee: one(committees, { fields: [meetings.committeeId], references: [committees.id] }),
  sections: many(agendaSections),
  items: many(agendaItems),
  reports: many(reports),
  sourceDocument: one(sourceDocuments, { fields: [meetings.sourceDocumentId], references: [sourceDocuments.id] }),
}));

export const agendaSectionsRelations = relations(agendaSections, ({ one, many }) => ({
  meeting: one(meetings, { fields: [agendaSections.meetingId], references: [meetings.id] }),
  items: many(agendaItems),
}));

export const agendaItemsRelations = relations(agendaItems, ({ one }) => ({
  meeting: one(meetings, { fields: [agendaItems.meetingId], references: [meetings.id] }),
  section: one(agendaSections, { fields: [agendaItems.sectionId], references: [agendaSections.id] }),
}));

export const reportsRelations = relations(reports, ({ one, many }) => ({
  meeting: one(meetings, { fields: [reports.meetingId], references: [meetings.id] }),
  agendaItem: one(agendaItems, { fields: [reports.agendaItemId], references: [agendaItems.id] }),
  recommendations: many(recommendations),
  contacts: many(reportContacts),
  sections: many(reportSections),
  implications: many(reportImplications),
  environmentImplications: many(environmentImplications),
  clearances: many(officerClearances),
  sourceDocuments: many(reportSourceDocuments),
  footnotes: many(footnotes),
}));

export const recommendationsRelations = relations(recommendations, ({ one }) => ({
  report: one(reports, { fields: [recommendations.reportId], references: [reports.id] }),
}));
export const reportContactsRelations = relations(reportContacts, ({ one }) => ({
  report: one(reports, { fields: [reportContacts.reportId], references: [reports.id] }),
  person: one(people, { fields: [reportContacts.personId], references: [people.id] }),
}));
export const reportSectionsRelations = relations(reportSections, ({ one }) => ({
  report: one(reports, { fields: [reportSections.reportId], references: [reports.id] }),
}));
export const reportImplicationsRelations = relations(reportImplications, ({ one }) => ({
  report: one(reports, { fields: [reportImplications.reportId], references: [reports.id] }),
}));
export const environmentImplicationsRelations = relations(environmentImplications, ({ one }) => ({
  report: one(reports, { fields: [environmentImplications.reportId], references: [reports.id] }),
}));
export const officerClearancesRelations = relations(officerClearances, ({ one }) => ({
  report: one(reports, { fields: [officerClearances.reportId], references: [reports.id] }),
}));
export const reportSourceDocumentsRelations = relations(reportSourceDocuments, ({ one }) => ({
  report: one(reports, { fields: [reportSourceDocuments.reportId], references: [reports.id] }),
}));
export const footnotesRelations = relations(footnotes, ({ one }) => ({
  report: one(reports, { fields: [footnotes.reportId], references: [reports.id] }),
}));

export const minutesRelations = relations(minutes, ({ one, many }) => ({
  meeting: one(meetings, { fields: [minutes.meetingId], references: [meetings.id] }),
  attendance: many(attendance),
  entries: many(minuteEntries),
}));
export const attendanceRelations = relations(attendance, ({ one }) => ({
  minutes: one(minutes, { fields: [attendance.minutesId], references: [minutes.id] }),
  person: one(people, { fields: [attendance.personId], references: [people.id] }),
}));
export const minuteEntriesRelations = relations(minuteEntries, ({ one, many }) => ({
  minutes: one(minutes, { fields: [minuteEntries.minutesId], references: [minutes.id] }),
  report: one(reports, { fields: [minuteEntries.reportId], references: [reports.id] }),
  resolutions: many(resolutions),
  actions: many(actions),
}));
export const resolutionsRelations = relations(resolutions, ({ one, many }) => ({
  entry: one(minuteEntries, { fields: [resolutions.minuteEntryId], references: [minuteEntries.id] }),
  parts: many(resolutionParts),
}));
export const resolutionPartsRelations = relations(resolutionParts, ({ one }) => ({
  resolution: one(resolutions, { fields: [resolutionParts.resolutionId], references: [resolutions.id] }),
}));

export const actionsRelations = relations(actions, ({ one, many }) => ({
  committee: one(committees, { fields: [actions.committeeId], references: [committees.id] }),
  originMeeting: one(meetings, { fields: [actions.originMeetingId], references: [meetings.id] }),
  originEntry: one(minuteEntries, { fields: [actions.originMinuteEntryId], references: [minuteEntries.id] }),
  updates: many(actionUpdates),
  owners: many(actionOwners),
}));
export const actionOwnersRelations = relations(actionOwners, ({ one }) => ({
  action: one(actions, { fields: [actionOwners.actionId], references: [actions.id] }),
  person: one(people, { fields: [actionOwners.personId], references: [people.id] }),
}));
export const actionUpdatesRelations = relations(actionUpdates, ({ one }) => ({
  action: one(actions, { fields: [actionUpdates.actionId], references: [actions.id] }),
  reportedAt: one(meetings, { fields: [actionUpdates.reportedAtMeetingId], references: [meetings.id] }),
}));

export const peopleRelations = relations(people, ({ many }) => ({
  aliases: many(personAliases),
  memberships: many(committeeMemberships),
  posts: many(posts),
  contacts: many(reportContacts),
  appointments: many(appointments),
  attendance: many(attendance),
  actionOwnerships: many(actionOwners),
}));
export const personAliasesRelations = relations(personAliases, ({ one }) => ({
  person: one(people, { fields: [personAliases.personId], references: [people.id] }),
}));
export const committeeMembershipsRelations = relations(committeeMemberships, ({ one }) => ({
  committee: one(committees, { fields: [committeeMemberships.committeeId], references: [committees.id] }),
  person: one(people, { fields: [committeeMemberships.personId], references: [people.id] }),
  asAtMeeting: one(meetings, { fields: [committeeMemberships.asAtMeetingId], references: [meetings.id] }),
}));
export const committeeAliasesRelations = relations(committeeAliases, ({ one }) => ({
  committee: one(committees, { fields: [committeeAliases.committeeId], references: [committees.id] }),
}));
export const postsRelations = relations(posts, ({ one }) => ({
  person: one(people, { fields: [posts.personId], references: [people.id] }),
}));

export const workshopsRelations = relations(workshops, ({ many, one }) => ({
  items: many(workshopItems),
  committee: one(committees, { fields: [workshops.committeeId], references: [committees.id] }),
}));
export const workshopItemsRelations = relations(workshopItems, ({ one }) => ({
  workshop: one(workshops, { fields: [workshopItems.workshopId], references: [workshops.id] }),
}));

export const strategiesRelations = relations(strategies, ({ many, one }) => ({
  priorities: many(strategyPriorities),
  actions: many(strategyActions),
  committee: one(committees, { fields: [strategies.committeeId], references: [committees.id] }),
  report: one(reports, { fields: [strategies.reportId], references: [reports.id] }),
  meeting: one(meetings, { fields: [strategies.meetingId], references: [meetings.id] }),
}));
export const strategyPrioritiesRelations = relations(strategyPriorities, ({ many, one }) => ({
  outcomes: many(priorityOutcomes),
  actions: many(strategyActions),
  strategy: one(strategies, { fields: [strategyPriorities.strategyId], references: [strategies.id] }),
}));
export const priorityOutcomesRelations = relations(priorityOutcomes, ({ one }) => ({
  priority: one(strategyPriorities, { fields: [priorityOutcomes.priorityId], references: [strategyPriorities.id] }),
}));
export const strategyActionsRelations = relations(strategyActions, ({ one }) => ({
  strategy: one(strategies, { fields: [strategyActions.strategyId], references: [strategies.id] }),
  priority: one(strategyPriorities, { fields: [strategyActions.priorityId], references: [strategyPriorities.id] }),
}));

export const budgetLinesRelations = relations(budgetLines, ({ many, one }) => ({
  values: many(budgetLineValues),
  committee: one(committees, { fields: [budgetLines.committeeId], references: [committees.id] }),
}));
export const budgetLineValuesRelations = relations(budgetLineValues, ({ one }) => ({
  line: one(budgetLines, { fields: [budgetLineValues.budgetLineId], references: [budgetLines.id] }),
  report: one(reports, { fields: [budgetLineValues.reportId], references: [reports.id] }),
  meeting: one(meetings, { fields: [budgetLineValues.meetingId], references: [meetings.id] }),
}));
export const fundingFactsRelations = relations(fundingFacts, ({ one }) => ({
  report: one(reports, { fields: [fundingFacts.reportId], references: [reports.id] }),
  meeting: one(meetings, { fields: [fundingFacts.meetingId], references: [meetings.id] }),
}));

export const outsideBodiesRelations = relations(outsideBodies, ({ many, one }) => ({
  appointments: many(appointments),
  appointingCommittee: one(committees, { fields: [outsideBodies.appointingCommitteeId], references: [committees.id] }),
}));
export const appointmentsRelations = relations(appointments, ({ one }) => ({
  body: one(outsideBodies, { fields: [appointments.outsideBodyId], references: [outsideBodies.id] }),
  person: one(people, { fields: [appointments.personId], references: [people.id] }),
}));

export const importRunsRelations = relations(importRuns, ({ many, one }) => ({
  issues: many(importIssues),
  meeting: one(meetings, { fields: [importRuns.meetingId], references: [meetings.id] }),
}));
export const importIssuesRelations = relations(importIssues, ({ one }) => ({
  run: one(importRuns, { fields: [importIssues.importRunId], references: [importRuns.id] }),
}));

export type Meeting = typeof meetings.$inferSelect;
export type Committee = typeof committees.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type Person = typeof people.$inferSelect;
export type User = typeof users.$inferSelect;
export type ImportRun = typeof importRuns.$inferSelect;
