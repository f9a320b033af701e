import { and, desc, eq, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { findChampionStatements, type ChampionTextSegment } from "@/lib/import/champion-roles";
import { planChampionRoles, type ChampionEvent } from "@/lib/import/champion-roles-timeline";
import type { ImportIssue } from "@/lib/import/contract";
import { committeeKey, matchCommittee, nameKey } from "@/lib/import/entity-resolution";
import { IssueLog } from "@/lib/import/issue-log";
import type { ParsedPack, ParsedReport } from "@/lib/import/parsed";
import { comparisonKey } from "@/lib/import/text";
import { reindexSearch } from "@/lib/search/indexer";
import { packSearchScopes } from "@/lib/search/pack-scopes";
import { siteConfig } from "@/lib/site-config";
import { meetingSlug, slugify } from "@/lib/slug";
import { classifyAgendaItem } from "./agenda-item-kind";
import { pauseForCrashDrill } from "./import-crash-drill";
import { PeopleRegistry } from "./people-registry";

/**
 * Bumped when the importer's output or what the store derives from it changes (1.1.0: champion
 * roles; 1.2.0: the document model, minutes and decision notices on their own; 1.3.0: reader-text repairs, owners named in minutes, status casing). Import runs record it, and a pack last stored by another version is stored again, so an
 * upgraded site does not keep records an older importer made.
 */
export const PARSER_VERSION = "1.3.0";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface ImportActor {
  /** "cli-import", "demo-seed", or the clerk's email. */
  actor: string;
  userId?: number | null;
}

/** A pack's file exactly as received, before its text was extracted. */
export interface OriginalFile {
  mediaType: "text/plain" | "application/pdf";
  bytes: Uint8Array;
  pageCount?: number | null;
}

/** How the store writes: a clerk's review stores new records as drafts until they publish them. */
export interface StoreOptions {
  /** Publication state of the records this store creates (existing rows keep theirs). Default "published". */
  publication?: "draft" | "published";
  /** The file as received (a PDF's bytes beside its extracted text), kept as the original. */
  original?: OriginalFile;
}

export interface ImportOutcome {
  status: "imported" | "updated" | "unchanged";
  meetingId: number;
  meetingSlug: string;
  committeeId: number;
  importRunId: number | null;
  issues: ImportIssue[];
  /** Fields a clerk edited that the new pack would have changed (kept as the clerk left them). */
  conflicts: number;
}

/**
 * Store a parsed agenda pack in one transaction. Idempotent: the same text (same sha256) for
 * the same meeting, last stored by this PARSER_VERSION, changes nothing. A changed text, or the
 * same text last stored by another parser version, for a meeting already imported replaces the
 * records that came from the old text, except fields a clerk has edited since, which are kept
 * and reported as conflicts.
 */
export async function storeAgendaPack(database: Database, pack: ParsedPack, text: string, who: ImportActor, options: StoreOptions = {}): Promise<ImportOutcome> {
  return database.transaction(async (tx) => {
    const log = new IssueLog();
    log.issues.push(...pack.issues);
    const committeeId = await resolveCommittee(tx, pack.meeting.committee, log);
    if (!pack.meeting.date) throw new Error(`${pack.source.file}: the meeting date could not be read, so the pack cannot be stored`);
    const existing = await tx.query.meetings.findFirst({
      where: and(eq(t.meetings.committeeId, committeeId), eq(t.meetings.meetingDate, pack.meeting.date)),
    });
    const sameDoc = await tx.query.sourceDocuments.findFirst({ where: eq(t.sourceDocuments.sha256, pack.source.sha256) });
    // Minutes or a decision notice on its own complete the meeting they record; they never replace its agenda.
    const recordOnly = pack.hasFrontSheet === false;
    const storedBefore = existing && sameDoc && (existing.sourceDocumentId === sameDoc.id
      ? !(await storedByOtherParser(tx, existing.id, sameDoc.sha256))
      : recordOnly && (await lastStoringParserVersion(tx, sameDoc.sha256, existing.id)) === PARSER_VERSION);
    if (existing && storedBefore) {
      return { status: "unchanged", meetingId: existing.id, meetingSlug: existing.slug, committeeId, importRunId: null, issues: [], conflicts: 0 };
    }
    const [doc] = sameDoc
      ? [sameDoc]
      : await tx
          .insert(t.sourceDocuments)
          .values({
            kind: recordOnly ? "minutes" : "agenda_pack", fileName: pack.source.file, sha256: pack.source.sha256, lineCount: pack.source.lines,
            content: text, attribution: siteConfig.dataAttribution,
            ...(options.original && options.original.mediaType !== "text/plain" ? { mediaType: options.original.mediaType, original: Buffer.from(options.original.bytes), pageCount: options.original.pageCount ?? null } : {}),
          })
          .returning();

    // What the search index must re-read: where the pack's records were before it, and (below) are now.
    const outsideBodyKeys = pack.outsideBodies.map((b) => nameKey(b.name));
    const scopesBefore = await packSearchScopes(tx, committeeId, existing?.id ?? null, outsideBodyKeys);
    const committee = await tx.query.committees.findFirst({ columns: { name: true }, where: eq(t.committees.id, committeeId) });
    const writer = new PackWriter(tx, pack, doc.id, committeeId, committee!.name, log, await PeopleRegistry.load(tx, log), options.publication ?? "published");
    const meeting = recordOnly ? await writer.completeMeeting(existing ?? null) : await writer.writeMeeting(existing ?? null);
    if (existing && !recordOnly) await writer.clearPackRecords(meeting.id);
    if (existing && recordOnly) await writer.clearDocumentRecords(meeting.id);
    await writer.writeAll(meeting.id);
    await pauseForCrashDrill();

    const [run] = await tx
      .insert(t.importRuns)
      .values({
        sourceDocumentId: doc.id, meetingId: meeting.id, fileName: pack.source.file, sha256: pack.source.sha256,
        parserVersion: PARSER_VERSION, status: existing ? "updated" : "imported", actor: who.actor,
        stats: writer.stats, finishedAt: new Date().toISOString(),
      })
      .returning({ id: t.importRuns.id });
    if (log.issues.length) {
      await insertChunked(tx, t.importIssues, log.issues.map((i) => ({ importRunId: run.id, ...i })));
    }
    await tx.insert(t.auditLog).values({
      userId: who.userId ?? null, actor: who.actor, action: existing ? "import.update" : "import.create",
      entityType: "meeting", entityId: meeting.id,
      detail: { file: pack.source.file, sha256: pack.source.sha256, issues: log.issues.length, conflicts: writer.conflicts },
    });
    await reindexSearch(tx, [...scopesBefore, ...await packSearchScopes(tx, committeeId, meeting.id, outsideBodyKeys)]);
    return {
      status: existing ? "updated" : "imported", meetingId: meeting.id, meetingSlug: meeting.slug, committeeId,
      importRunId: run.id, issues: log.issues, conflicts: writer.conflicts,
    };
  });
}

/** SQLite caps bound parameters per statement; insert long lists in slices. */
async function insertChunked<T extends SQLiteTable>(tx: Tx, table: T, rows: T["$inferInsert"][], size = 50): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size));
}

async function resolveCommittee(tx: Tx, printed: string, log: IssueLog): Promise<number> {
  const rows = await tx.select({ id: t.committees.id, name: t.committees.name }).from(t.committees);
  const aliases = await tx.select().from(t.committeeAliases);
  const known = rows.map((r) => ({ ...r, aliases: aliases.filter((a) => a.committeeId === r.id).map((a) => a.alias) }));
  const match = matchCommittee(printed, known);
  let id: number;
  if (match.kind === "match") {
    id = match.id;
  } else {
    if (match.kind === "ambiguous") {
      log.warn("committee-ambiguous", null, `The committee name "${printed}" matches more than one committee; stored as a new committee for a clerk to merge.`);
    }
    const authorityId = await ensureAuthority(tx);
    let slug = slugify(printed, 60);
    for (let n = 2; rows.some((r) => slugify(r.name, 60) === slug); n++) slug = `${slugify(printed, 60)}-${n}`;
    [{ id }] = await tx.insert(t.committees).values({ authorityId, name: printed, slug }).returning({ id: t.committees.id });
  }
  await tx.insert(t.committeeAliases).values({ committeeId: id, alias: printed, aliasKey: committeeKey(printed) || printed.toLowerCase() }).onConflictDoNothing();
  return id;
}

async function ensureAuthority(tx: Tx): Promise<number> {
  const found = await tx.query.authorities.findFirst({ where: eq(t.authorities.name, siteConfig.councilName) });
  if (found) return found.id;
  const [row] = await tx
    .insert(t.authorities)
    .values({ name: siteConfig.councilName, slug: slugify(siteConfig.councilName), website: siteConfig.councilWebsite })
    .returning({ id: t.authorities.id });
  return row.id;
}

function reportSlug(date: string, title: string): string {
  return `${date}-${slugify(title, 70)}`;
}

/** Where a champion role is stated, as stored beside it. */
type ChampionSource = { line: number | null; statedAtMeetingId: number; reportId: number | null; minuteNumber: number | null };

/** One text that may state champion roles (a minute, a report, the front sheet's notes), with its meeting date. */
type ChampionText = { segments: ChampionTextSegment[]; date: string; source: Omit<ChampionSource, "line"> };

/** Writes one pack's records; one instance per import transaction. */
class PackWriter {
  readonly stats: Record<string, number> = {};
  conflicts = 0;
  private readonly reportIds = new Map<ParsedReport, number>();

  constructor(
    private readonly tx: Tx,
    private readonly pack: ParsedPack,
    private readonly docId: number,
    private readonly committeeId: number,
    /** For meeting slugs; read once per pack rather than per meeting written. */
    private readonly committeeName: string,
    private readonly log: IssueLog,
    private readonly peopleRegistry: PeopleRegistry,
    /** For the rows this store creates (meetings, reports, minutes, resolutions, actions, strategies). */
    private readonly publication: "draft" | "published" = "published",
  ) {}

  private count(key: string, n = 1): void {
    this.stats[key] = (this.stats[key] ?? 0) + n;
  }

  /** Keep a clerk's edits: fields they changed are not overwritten, and a differing new value is reported. */
  private keepClerkEdits<T extends Record<string, unknown>>(
    row: { clerkEditedFields: string[] } & Record<string, unknown>, values: T, what: string, line: number | null,
  ): Partial<T> {
    const out: Partial<T> = { ...values };
    for (const field of row.clerkEditedFields) {
      if (!(field in values)) continue;
      if (values[field] !== row[field]) {
        this.conflicts++;
        this.log.warn("clerk-edit-conflict", line,
          `${what}: the pack now says ${JSON.stringify(values[field])} for ${field}, but a clerk changed it to ${JSON.stringify(row[field])}; the clerk's value was kept.`);
      }
      delete out[field as keyof T];
    }
    return out;
  }

  async writeMeeting(existing: t.Meeting | null): Promise<t.Meeting> {
    const m = this.pack.meeting;
    const values = {
      committeeId: this.committeeId, meetingDate: m.date!, dateAsPrinted: m.dateAsPrinted, startTime: m.startTime,
      timeAsPrinted: m.timeAsPrinted, venue: m.venue, room: m.room, isVirtual: m.virtual, virtualPlatforms: m.virtualPlatforms,
      clerkName: this.pack.clerk?.name ?? null, clerkPhone: this.pack.clerk?.telephone ?? null, clerkEmail: this.pack.clerk?.email ?? null,
      sourceDocumentId: this.docId, sourceLine: m.line,
    };
    if (existing) {
      // A value the pack does not print (a venue, a time) keeps what the meeting's minutes gave.
      for (const key of ["dateAsPrinted", "startTime", "timeAsPrinted", "venue", "room", "virtualPlatforms", "clerkName", "clerkPhone", "clerkEmail"] as const) {
        if (values[key] === null && existing[key] !== null) delete (values as Partial<typeof values>)[key];
      }
      const kept = this.keepClerkEdits(existing, values, "Meeting", m.line);
      const [row] = await this.tx.update(t.meetings).set({ ...kept, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` }).where(eq(t.meetings.id, existing.id)).returning();
      return row;
    }
    const [row] = await this.tx.insert(t.meetings).values({ ...values, slug: meetingSlug(m.date!, this.committeeName), publication: this.publication }).returning();
    this.count("meetings");
    return row;
  }

  /**
   * The meeting that minutes or a decision notice record: created from their heading when not yet
   * known; when an agenda pack already gave it, only what it lacks is filled in (and clerks' edits stay).
   */
  async completeMeeting(existing: t.Meeting | null): Promise<t.Meeting> {
    if (!existing) return this.writeMeeting(null);
    const m = this.pack.meeting;
    const offered = { dateAsPrinted: m.dateAsPrinted, startTime: m.startTime, timeAsPrinted: m.timeAsPrinted, venue: m.venue, room: m.room };
    const missing: Partial<typeof offered> = {};
    for (const [key, value] of Object.entries(offered) as [keyof typeof offered, string | null][]) {
      if (value !== null && existing[key] === null && !existing.clerkEditedFields.includes(key)) missing[key] = value;
    }
    if (Object.keys(missing).length === 0) return existing;
    const [row] = await this.tx.update(t.meetings).set({ ...missing, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` }).where(eq(t.meetings.id, existing.id)).returning();
    return row;
  }

  /** Before minutes or a decision notice are stored again: what this same document wrote last time. */
  async clearDocumentRecords(meetingId: number): Promise<void> {
    await this.tx.delete(t.minutes).where(and(eq(t.minutes.meetingId, meetingId), eq(t.minutes.sourceDocumentId, this.docId)));
    await this.tx.delete(t.reports).where(and(eq(t.reports.meetingId, meetingId), eq(t.reports.sourceDocumentId, this.docId), sql`${t.reports.clerkEditedFields} = '[]'`));
  }

  /** Remove what the previous text of this meeting's pack produced (clerk-edited rows stay). */
  async clearPackRecords(meetingId: number): Promise<void> {
    const tx = this.tx;
    // Before the reports they may point at.
    await tx.delete(t.championRoles).where(eq(t.championRoles.publishedWithMeetingId, meetingId));
    await tx.delete(t.reports).where(and(eq(t.reports.meetingId, meetingId), sql`${t.reports.clerkEditedFields} = '[]'`));
    await tx.delete(t.agendaItems).where(and(eq(t.agendaItems.meetingId, meetingId), sql`${t.agendaItems.clerkEditedFields} = '[]'`));
    await tx.delete(t.agendaSections).where(eq(t.agendaSections.meetingId, meetingId));
    await tx.delete(t.committeeMemberships).where(eq(t.committeeMemberships.asAtMeetingId, meetingId));
    // Minutes printed in an earlier text of this pack; minutes imported on their own stay.
    await tx.delete(t.minutes).where(and(eq(t.minutes.printedInMeetingId, meetingId),
      sql`${t.minutes.sourceDocumentId} not in (select id from ${t.sourceDocuments} where ${t.sourceDocuments.kind} = 'minutes')`));
    await tx.delete(t.actionUpdates).where(eq(t.actionUpdates.reportedAtMeetingId, meetingId));
    await tx.delete(t.agendaPlanEntries).where(eq(t.agendaPlanEntries.publishedWithMeetingId, meetingId));
    await tx.delete(t.workshops).where(eq(t.workshops.publishedWithMeetingId, meetingId));
    await tx.delete(t.strategies).where(eq(t.strategies.meetingId, meetingId));
    await tx.delete(t.budgetLineValues).where(eq(t.budgetLineValues.meetingId, meetingId));
    await tx.delete(t.fundingFacts).where(eq(t.fundingFacts.meetingId, meetingId));
    await tx.delete(t.appointments).where(eq(t.appointments.listedAtMeetingId, meetingId));
  }

  async writeAll(meetingId: number): Promise<void> {
    const itemIds = await this.writeAgenda(meetingId);
    await this.writeMembers(meetingId);
    await this.writeReports(meetingId, itemIds);
    await this.writeMinutes(meetingId);
    await this.writeActionLog(meetingId);
    await this.writeAgendaPlan(meetingId);
    await this.writeWorkshops(meetingId);
    await this.writeStrategies(meetingId);
    await this.writeBudgetLines(meetingId);
    await this.writeFundingFacts(meetingId);
    await this.writeOutsideBodies(meetingId);
    await this.writeChampionRoles(meetingId);
  }

  private async writeAgenda(meetingId: number): Promise<Map<string, number>> {
    const sectionIds = new Map<string, number>();
    const headings = [...new Set(this.pack.agendaItems.map((i) => i.section).filter((s): s is string => s !== null))];
    for (const [order, heading] of headings.entries()) {
      const [row] = await this.tx.insert(t.agendaSections).values({ meetingId, heading, sortOrder: order }).returning({ id: t.agendaSections.id });
      sectionIds.set(heading, row.id);
    }
    const kept = await this.tx.select().from(t.agendaItems).where(eq(t.agendaItems.meetingId, meetingId));
    const itemIds = new Map<string, number>();
    for (const [order, item] of this.pack.agendaItems.entries()) {
      const values = {
        meetingId, sectionId: item.section ? sectionIds.get(item.section) ?? null : null, numberLabel: item.number, sortOrder: order,
        title: item.title, pageStart: item.pageStart, pageEnd: item.pageEnd, itemKind: classifyAgendaItem(item.title, item.pageStart !== null),
        bodyText: item.body, sourceDocumentId: this.docId, sourceLine: item.line,
      };
      const edited = kept.find((k) => k.numberLabel === item.number);
      if (edited) {
        await this.tx.update(t.agendaItems).set(this.keepClerkEdits(edited, values, `Agenda item ${item.number}`, item.line)).where(eq(t.agendaItems.id, edited.id));
        itemIds.set(item.number, edited.id);
        continue;
      }
      const [row] = await this.tx.insert(t.agendaItems).values(values).returning({ id: t.agendaItems.id });
      itemIds.set(item.number, row.id);
      this.count("agendaItems");
    }
    return itemIds;
  }

  private async writeMembers(meetingId: number): Promise<void> {
    for (const m of this.pack.members) {
      const personId = await this.peopleRegistry.resolve(`Councillor ${m.name}`, { councillor: true, line: this.pack.meeting.line });
      if (personId === null) continue;
      const role = /vice/i.test(m.role ?? "") ? "vice_chair" : /chair/i.test(m.role ?? "") ? "chair" : /substitute/i.test(m.role ?? "") ? "substitute" : "member";
      await this.tx
        .insert(t.committeeMemberships)
        .values({ committeeId: this.committeeId, personId, role, roleAsPrinted: m.role, asAtMeetingId: meetingId, validFrom: this.pack.meeting.date, sourceDocumentId: this.docId, sourceLine: this.pack.meeting.line })
        .onConflictDoNothing();
      this.count("memberships");
    }
  }

  private async writeReports(meetingId: number, itemIds: Map<string, number>): Promise<void> {
    const date = this.pack.meeting.date!;
    const taken = new Set((await this.tx.select({ slug: t.reports.slug }).from(t.reports)).map((r) => r.slug));
    const kept = await this.tx.select().from(t.reports).where(eq(t.reports.meetingId, meetingId));
    for (const [order, r] of this.pack.reports.entries()) {
      const values = {
        meetingId, agendaItemId: r.agendaItem ? itemIds.get(r.agendaItem) ?? null : null, title: r.title, toText: r.to,
        meetingDateAsPrinted: r.meetingDateAsPrinted, fromText: r.from, electoralDivisions: r.electoralDivisions,
        keyDecision: r.keyDecision, keyDecisionAsPrinted: r.keyDecisionAsPrinted, forwardPlanRef: r.forwardPlanRef,
        purpose: r.purpose, recommendationLeadIn: r.recommendationLeadIn, sortOrder: order, sourceDocumentId: this.docId,
        sourceLine: r.line, sourceLineEnd: r.endLine,
      };
      const baseSlug = reportSlug(date, r.title);
      const edited = kept.find((k) => k.slug === baseSlug || (r.agendaItem !== null && k.agendaItemId === itemIds.get(r.agendaItem)));
      let reportId: number;
      if (edited) {
        await this.tx.update(t.reports).set(this.keepClerkEdits(edited, values, `Report "${r.title}"`, r.line)).where(eq(t.reports.id, edited.id));
        reportId = edited.id;
        await this.clearReportChildren(reportId);
      } else {
        let slug = baseSlug;
        for (let n = 2; taken.has(slug); n++) slug = `${baseSlug}-${n}`;
        taken.add(slug);
        [{ id: reportId }] = await this.tx.insert(t.reports).values({ ...values, slug, publication: this.publication }).returning({ id: t.reports.id });
        this.count("reports");
      }
      this.reportIds.set(r, reportId);
      await this.writeReportChildren(reportId, r);
    }
  }

  private async clearReportChildren(reportId: number): Promise<void> {
    for (const table of [t.recommendations, t.reportContacts, t.reportSections, t.reportImplications, t.environmentImplications, t.officerClearances, t.reportSourceDocuments, t.footnotes]) {
      await this.tx.delete(table).where(eq(table.reportId, reportId));
    }
  }

  private async writeReportChildren(reportId: number, r: ParsedReport): Promise<void> {
    const tx = this.tx;
    if (r.recommendations.length) await insertChunked(tx, t.recommendations, r.recommendations.map((x, i) => ({ reportId, label: x.label, text: x.text, sortOrder: i })));
    const contacts = [
      ...r.officerContacts.map((c) => ({ c, type: "officer" as const })),
      ...r.memberContacts.map((c) => ({ c, type: "member" as const })),
    ];
    for (const [i, { c, type }] of contacts.entries()) {
      // Two officers printed as one contact ("A / B") stay one contact, linked to nobody.
      const personId = c.name.includes("/") ? null : await this.peopleRegistry.resolve(c.name, { councillor: type === "member", line: r.line });
      if (personId !== null && type === "officer" && c.post) await this.recordPost(personId, c.post);
      await tx.insert(t.reportContacts).values({ reportId, personId, contactType: type, name: c.name, post: c.post, email: c.email, telephone: c.telephone, sortOrder: i });
    }
    if (r.body.length) {
      await insertChunked(tx, t.reportSections, r.body.map((b, i) => ({
        reportId, sortOrder: i, kind: b.kind, sourceLine: b.line,
        number: b.kind === "heading" || b.kind === "paragraph" ? b.number : null,
        level: b.kind === "heading" ? b.level : null,
        text: b.kind === "heading" || b.kind === "paragraph" ? b.text : null,
        data: b.kind === "list" ? b.items : b.kind === "table" ? { header: b.header, rows: b.rows } : null,
      })), 40);
    }
    if (r.implications.length) await insertChunked(tx, t.reportImplications, r.implications.map((x, i) => ({ reportId, category: x.category, text: x.text, sortOrder: i })));
    if (r.environmentImplications.length) await insertChunked(tx, t.environmentImplications, r.environmentImplications.map((x, i) => ({ reportId, ...x, sortOrder: i })));
    if (r.clearances.length) await insertChunked(tx, t.officerClearances, r.clearances.map((x, i) => ({ reportId, question: x.question, answer: x.answer, officerName: x.officer, sortOrder: i })));
    if (r.sourceDocuments.length) await insertChunked(tx, t.reportSourceDocuments, r.sourceDocuments.map((x, i) => ({ reportId, title: x.title, location: x.location, sortOrder: i })));
    if (r.footnotes.length) await insertChunked(tx, t.footnotes, r.footnotes.map((x) => ({ reportId, marker: x.marker, text: x.text })));
  }

  /** An officer's post as a report printed it, once per distinct title, dated by the pack. */
  private async recordPost(personId: number, title: string): Promise<void> {
    const known = await this.tx.select({ id: t.posts.id }).from(t.posts).where(and(eq(t.posts.personId, personId), eq(t.posts.title, title)));
    if (known.length) return;
    await this.tx.insert(t.posts).values({ personId, title, organisation: siteConfig.councilName, validFrom: this.pack.meeting.date });
  }

  /** The meeting a date refers to for this committee, created (with no pack) when not yet known. */
  private async meetingOn(date: string): Promise<number> {
    const found = await this.tx.query.meetings.findFirst({ where: and(eq(t.meetings.committeeId, this.committeeId), eq(t.meetings.meetingDate, date)) });
    if (found) return found.id;
    const [row] = await this.tx.insert(t.meetings).values({ committeeId: this.committeeId, meetingDate: date, slug: meetingSlug(date, this.committeeName), publication: this.publication }).returning({ id: t.meetings.id });
    this.count("meetings");
    return row.id;
  }

  private async writeMinutes(packMeetingId: number): Promise<void> {
    for (const m of this.pack.minutes) {
      if (!m.meetingDate) {
        this.log.warn("minutes-undated", m.line, "Minutes were found but their meeting date could not be read; they were not stored.");
        continue;
      }
      const meetingId = await this.meetingOn(m.meetingDate);
      if (m.fromDecisionNotice) {
        // A decision notice adds to the meeting's minutes; only its own earlier copy is replaced.
        await this.tx.delete(t.minutes).where(and(eq(t.minutes.meetingId, meetingId), eq(t.minutes.sourceDocumentId, this.docId)));
      } else {
        await this.tx.delete(t.minutes).where(eq(t.minutes.meetingId, meetingId));
        await this.tx.update(t.meetings).set({ startTime: sql`coalesce(${t.meetings.startTime}, ${m.startTime})`, endTime: sql`coalesce(${m.endTime}, ${t.meetings.endTime})` }).where(eq(t.meetings.id, meetingId));
      }
      const [minutesRow] = await this.tx
        .insert(t.minutes)
        .values({ meetingId, printedInMeetingId: packMeetingId, startTime: m.startTime, endTime: m.endTime, sourceDocumentId: this.docId, sourceLine: m.line, publication: this.publication })
        .returning({ id: t.minutes.id });
      this.count("minutes");
      let order = 0;
      for (const p of m.present) {
        const personId = await this.peopleRegistry.resolve(`Councillor ${p.name}`, { councillor: true, line: m.line });
        const subFor = p.substitutingFor ? await this.peopleRegistry.resolve(p.substitutingFor, { councillor: true, line: m.line }) : null;
        await this.tx.insert(t.attendance).values({ minutesId: minutesRow.id, personId, nameAsPrinted: p.name, status: "present", roleLabel: p.role, substitutingFor: p.substitutingFor, substitutingForPersonId: subFor, sortOrder: order++ });
      }
      for (const name of m.apologies) {
        const personId = await this.peopleRegistry.resolve(`Councillor ${name}`, { councillor: true, line: m.line });
        await this.tx.insert(t.attendance).values({ minutesId: minutesRow.id, personId, nameAsPrinted: name, status: "apologies", sortOrder: order++ });
      }
      const reportsOfMeeting = await this.tx.select({ id: t.reports.id, title: t.reports.title }).from(t.reports).where(eq(t.reports.meetingId, meetingId));
      for (const [i, e] of m.entries.entries()) {
        const reportId = reportsOfMeeting.find((r) => comparisonKey(r.title) === comparisonKey(e.title))?.id ?? null;
        const [entry] = await this.tx
          .insert(t.minuteEntries)
          .values({ minutesId: minutesRow.id, minuteNumber: e.number, numberLabel: e.number === null ? null : String(e.number), title: e.title, body: e.body, reportId, sortOrder: i, sourceLine: e.line })
          .returning({ id: t.minuteEntries.id });
        for (const [j, r] of e.resolutions.entries()) {
          const [res] = await this.tx
            .insert(t.resolutions)
            .values({
              minuteEntryId: entry.id, slug: `${m.meetingDate}-minute-${e.number}${e.resolutions.length > 1 ? `-${j + 1}` : ""}`,
              preamble: r.preamble, outcome: r.outcome, votesFor: r.votesFor, votesAgainst: r.votesAgainst, abstentions: r.abstentions,
              text: r.text, sortOrder: j, publication: this.publication,
            })
            .onConflictDoNothing()
            .returning({ id: t.resolutions.id });
          if (!res) {
            this.log.warn("resolution-duplicate", e.line, `Minute ${e.number} of ${m.meetingDate} appears twice; its second resolution was not stored.`);
            continue;
          }
          this.count("resolutions");
          if (r.parts.length) await insertChunked(this.tx, t.resolutionParts, r.parts.map((p, k) => ({ resolutionId: res.id, label: p.label, text: p.text, sortOrder: k })));
        }
        for (const [k, description] of e.actions.entries()) {
          const responsible = e.actionResponsible?.[k] ?? null;
          const actionId = await this.findOrCreateAction({ originMeetingDate: m.meetingDate, originMeetingId: meetingId, originMinuteEntryId: entry.id, minuteNumber: String(e.number), itemTitle: e.title, description, responsible, line: e.line });
          await this.linkActionOwners(actionId, responsible, e.line);
        }
      }
    }
  }

  private async findOrCreateAction(a: {
    originMeetingDate: string | null; originMeetingId: number | null; originMinuteEntryId: number | null;
    minuteNumber: string | null; itemTitle: string | null; description: string; responsible: string | null; line: number | null;
  }): Promise<number> {
    const candidates = await this.tx.select().from(t.actions).where(and(eq(t.actions.committeeId, this.committeeId), a.minuteNumber ? eq(t.actions.minuteNumber, a.minuteNumber) : sql`1`));
    const key = comparisonKey(a.description);
    const same = candidates.find((c) => (a.originMeetingDate === null || c.originMeetingDate === null || c.originMeetingDate === a.originMeetingDate) && similarText(comparisonKey(c.description), key));
    if (same) {
      await this.tx.update(t.actions).set({
        originMinuteEntryId: same.originMinuteEntryId ?? a.originMinuteEntryId,
        originMeetingId: same.originMeetingId ?? a.originMeetingId,
        responsible: same.responsible ?? a.responsible,
        itemTitle: same.itemTitle ?? a.itemTitle,
      }).where(eq(t.actions.id, same.id));
      return same.id;
    }
    const origin = a.originMeetingId ?? (a.originMeetingDate ? (await this.tx.query.meetings.findFirst({ where: and(eq(t.meetings.committeeId, this.committeeId), eq(t.meetings.meetingDate, a.originMeetingDate)) }))?.id ?? null : null);
    const baseSlug = `${a.originMeetingDate ?? "undated"}-minute-${a.minuteNumber ?? "x"}`;
    const taken = await this.tx.select({ slug: t.actions.slug }).from(t.actions).where(sql`${t.actions.slug} like ${baseSlug + "%"}`);
    let slug = `${baseSlug}-action-1`;
    for (let n = 2; taken.some((x) => x.slug === slug); n++) slug = `${baseSlug}-action-${n}`;
    const [row] = await this.tx
      .insert(t.actions)
      .values({ committeeId: this.committeeId, slug, originMeetingId: origin, originMeetingDate: a.originMeetingDate, originMinuteEntryId: a.originMinuteEntryId, minuteNumber: a.minuteNumber, itemTitle: a.itemTitle, description: a.description, responsible: a.responsible, publication: this.publication })
      .returning({ id: t.actions.id });
    this.count("actions");
    return row.id;
  }

  /** The texts that may state champion roles: each minute, each report, the front sheet's notes. */
  private async championTexts(meetingId: number): Promise<ChampionText[]> {
    const texts: ChampionText[] = [];
    for (const m of this.pack.minutes) {
      if (!m.meetingDate) continue;
      const statedAtMeetingId = await this.meetingOn(m.meetingDate);
      for (const e of m.entries) {
        const resolutions = e.resolutions.filter((r) => !e.body.includes(r.text)).map((r) => ({ text: [r.preamble, r.text].filter(Boolean).join("\n"), line: e.line }));
        texts.push({ segments: [{ text: e.body, line: e.line }, ...resolutions], date: m.meetingDate, source: { statedAtMeetingId, reportId: null, minuteNumber: e.number } });
      }
    }
    const packDate = this.pack.meeting.date!;
    for (const r of this.pack.reports) {
      const segments: ChampionTextSegment[] = [
        ...r.recommendations.map((x) => ({ text: x.text, line: r.line })),
        ...r.body.flatMap((b) => (b.kind === "paragraph" || b.kind === "heading" ? [{ text: b.text, line: b.line }] : b.kind === "list" ? b.items.map((text) => ({ text, line: b.line })) : [])),
      ];
      texts.push({ segments, date: packDate, source: { statedAtMeetingId: meetingId, reportId: this.reportIds.get(r) ?? null, minuteNumber: null } });
    }
    const notes = this.pack.agendaItems.flatMap((i) => (i.body ? [{ text: i.body, line: i.line }] : []));
    texts.push({ segments: notes, date: packDate, source: { statedAtMeetingId: meetingId, reportId: null, minuteNumber: null } });
    return texts;
  }

  /**
   * Champion roles the pack's minutes, reports and front sheet state, merged into the
   * committee's record of who held each area. A statement holds from the date of the meeting
   * whose minutes or report make it, or of the previous meeting when it says it was agreed there.
   */
  private async writeChampionRoles(meetingId: number): Promise<void> {
    const texts = await this.championTexts(meetingId);
    const meetingDates = (await this.tx.select({ date: t.meetings.meetingDate }).from(t.meetings).where(eq(t.meetings.committeeId, this.committeeId)))
      .map((x) => x.date).sort();
    const previousMeeting = (date: string) => meetingDates.filter((d) => d < date).pop() ?? date;
    const events: ChampionEvent<ChampionSource>[] = [];
    for (const { segments, date, source } of texts) {
      for (const st of findChampionStatements(segments)) {
        const person = (name: string | null) => (name ? this.peopleRegistry.resolve(`Councillor ${name}`, { councillor: true, line: st.line }) : Promise.resolve(null));
        const personId = await person(st.councillor);
        if (st.kind !== "vacancy" && personId === null) continue;
        events.push({
          kind: st.kind, area: st.area, roleLabel: st.roleLabel, personId, replacedPersonId: await person(st.replaced),
          date: st.effectiveDate ?? (st.atPreviousMeeting ? previousMeeting(date) : date), source: { ...source, line: st.line },
        });
      }
    }
    if (!events.length) return;

    const stored = await this.tx.select().from(t.championRoles).where(eq(t.championRoles.committeeId, this.committeeId));
    const plan = planChampionRoles(stored.map((r) => ({ ...r, source: null })), events);
    const sourceColumns = (s: ChampionSource) => ({
      sourceDocumentId: this.docId, sourceLine: s.line, publishedWithMeetingId: meetingId,
      statedAtMeetingId: s.statedAtMeetingId, reportId: s.reportId, minuteNumber: s.minuteNumber,
    });
    for (const u of plan.updates) {
      await this.tx.update(t.championRoles).set({ validFrom: u.validFrom, validTo: u.validTo, ...(u.source ? sourceColumns(u.source) : {}) }).where(eq(t.championRoles.id, u.id));
    }
    if (plan.inserts.length) {
      await insertChunked(this.tx, t.championRoles, plan.inserts.map((s) => ({
        committeeId: this.committeeId, personId: s.personId, area: s.area, roleLabel: s.roleLabel, validFrom: s.validFrom, validTo: s.validTo,
        ...sourceColumns(s.source),
      })));
    }
    this.count("championRoles", plan.inserts.length);
  }

  private async writeActionLog(meetingId: number): Promise<void> {
    for (const entry of this.pack.actionLog) {
      const actionId = await this.findOrCreateAction({
        originMeetingDate: entry.meetingDate, originMeetingId: null, originMinuteEntryId: null, minuteNumber: entry.minuteNumber,
        itemTitle: entry.itemTitle, description: entry.action, responsible: entry.responsible, line: entry.line,
      });
      await this.tx.insert(t.actionUpdates).values({ actionId, reportedAtMeetingId: meetingId, comment: entry.comments, status: entry.status, sourceDocumentId: this.docId, sourceLine: entry.line });
      await this.tx.update(t.actions).set({ status: entry.status, isComplete: /complete|closed|done/i.test(entry.status ?? "") }).where(eq(t.actions.id, actionId));
      await this.linkActionOwners(actionId, entry.responsible, entry.line);
      this.count("actionUpdates");
    }
  }

  /** The people an action log or a minute's action flag names ("A Chapman / Martin Wade"), as the action's owners. */
  private async linkActionOwners(actionId: number, responsible: string | null, line: number | null): Promise<void> {
    for (const name of (responsible ?? "").split(/\s*(?:\/|,|&|\band\b)\s*/)) {
      if (!name.trim()) continue;
      const personId = await this.peopleRegistry.resolve(name, { councillor: false, line });
      if (personId !== null) await this.tx.insert(t.actionOwners).values({ actionId, personId }).onConflictDoNothing();
    }
  }

  private async writeAgendaPlan(meetingId: number): Promise<void> {
    if (!this.pack.agendaPlan.length) return;
    await insertChunked(this.tx, t.agendaPlanEntries, this.pack.agendaPlan.map((e, i) => ({
      committeeId: this.committeeId, publishedWithMeetingId: meetingId, meetingDate: e.meetingDate, meetingDateAsPrinted: e.meetingDateAsPrinted,
      isReserve: e.isReserve, isProvisional: e.isProvisional, item: e.item, leadOfficer: e.leadOfficer, keyDecisionRef: e.keyDecisionRef,
      draftDeadline: e.draftDeadline, despatchDate: e.despatchDate, sortOrder: i, sourceDocumentId: this.docId, sourceLine: e.line,
    })));
    this.count("agendaPlanEntries", this.pack.agendaPlan.length);
  }

  private async writeWorkshops(meetingId: number): Promise<void> {
    for (const [i, w] of this.pack.workshops.entries()) {
      const [row] = await this.tx
        .insert(t.workshops)
        .values({ committeeId: this.committeeId, publishedWithMeetingId: meetingId, workshopDate: w.date, dateAsPrinted: w.dateAsPrinted, sortOrder: i, sourceDocumentId: this.docId, sourceLine: w.line })
        .returning({ id: t.workshops.id });
      if (w.items.length) await insertChunked(this.tx, t.workshopItems, w.items.map((x, j) => ({ workshopId: row.id, number: x.number, title: x.title, presenter: x.presenter, sortOrder: j })));
      this.count("workshops");
    }
  }

  private reportAt(line: number | null): ParsedReport | null {
    if (line === null) return null;
    return this.pack.reports.find((r) => r.line !== null && r.line <= line && line <= r.endLine) ?? null;
  }

  private async writeStrategies(meetingId: number): Promise<void> {
    for (const s of this.pack.strategies) {
      const report = this.reportAt(s.line);
      const baseSlug = `${this.pack.meeting.date}-${slugify(s.title, 60)}`;
      const taken = await this.tx.select({ slug: t.strategies.slug }).from(t.strategies).where(sql`${t.strategies.slug} like ${baseSlug + "%"}`);
      let slug = baseSlug;
      for (let n = 2; taken.some((x) => x.slug === slug); n++) slug = `${baseSlug}-${n}`;
      const [row] = await this.tx
        .insert(t.strategies)
        .values({ committeeId: this.committeeId, reportId: report ? this.reportIds.get(report) ?? null : null, meetingId, slug, title: s.title, sourceDocumentId: this.docId, sourceLine: s.line, publication: this.publication })
        .returning({ id: t.strategies.id });
      const priorityIds = new Map<number, number>();
      for (const [i, p] of s.priorities.entries()) {
        const [pr] = await this.tx.insert(t.strategyPriorities).values({ strategyId: row.id, number: p.number, title: p.title, sortOrder: i }).returning({ id: t.strategyPriorities.id });
        if (p.number !== null) priorityIds.set(p.number, pr.id);
        if (p.outcomes.length) await insertChunked(this.tx, t.priorityOutcomes, p.outcomes.map((o, j) => ({ priorityId: pr.id, text: o, sortOrder: j })));
      }
      if (s.actions.length) {
        await insertChunked(this.tx, t.strategyActions, s.actions.map((a, i) => ({
          strategyId: row.id, priorityId: a.priority !== null ? priorityIds.get(a.priority) ?? null : null, ref: a.ref, description: a.description,
          leadOfficer: a.leadOfficer, firstMilestone: a.firstMilestone, continuesUntil: a.continuesUntil, resources: a.resources, risks: a.risks,
          outputs: a.outputs, decisionRoute: a.decisionRoute, sortOrder: i, sourceLine: a.line,
        })), 25);
      }
      this.count("strategies");
    }
  }

  private async writeBudgetLines(meetingId: number): Promise<void> {
    const lines = await this.tx.select().from(t.budgetLines).where(eq(t.budgetLines.committeeId, this.committeeId));
    for (const [i, b] of this.pack.budgetLines.entries()) {
      const key = comparisonKey(b.line);
      let line = lines.find((l) => l.nameKey === key);
      if (!line) {
        [line] = await this.tx.insert(t.budgetLines).values({ committeeId: this.committeeId, name: b.line, nameKey: key }).returning();
        lines.push(line);
      }
      const owner = this.reportAt(b.sourceLine);
      await this.tx.insert(t.budgetLineValues).values({
        budgetLineId: line.id, reportId: owner ? this.reportIds.get(owner) ?? null : null, meetingId, tableName: b.table, lineAsPrinted: b.line,
        unit: b.unit, isTotal: b.isTotal, budget: b.budget, actual: b.actual, variance: b.variance, previousVariance: b.previousVariance,
        sortOrder: i, sourceDocumentId: this.docId, sourceLine: b.sourceLine,
      });
    }
    this.count("budgetLineValues", this.pack.budgetLines.length);
  }

  private async writeFundingFacts(meetingId: number): Promise<void> {
    if (!this.pack.fundingFacts.length) return;
    await insertChunked(this.tx, t.fundingFacts, this.pack.fundingFacts.map((f, i) => {
      const report = this.pack.reports.find((r) => r.title === f.reportTitle) ?? this.reportAt(f.line);
      return {
        meetingId, reportId: report ? this.reportIds.get(report) ?? null : null, label: f.label, amountGbp: f.amountGbp, asPrinted: f.asPrinted,
        sortOrder: i, sourceDocumentId: this.docId, sourceLine: f.line,
      };
    }));
    this.count("fundingFacts", this.pack.fundingFacts.length);
  }

  private async writeOutsideBodies(meetingId: number): Promise<void> {
    for (const body of this.pack.outsideBodies) {
      const key = nameKey(body.name);
      const values = {
        number: body.number, name: body.name, description: body.description, meetingsPerAnnum: body.meetingsPerAnnum,
        repsAppointed: body.repsAppointed, contact: body.contact, appointingCommitteeId: this.committeeId, sourceDocumentId: this.docId, sourceLine: body.line,
      };
      const existing = await this.tx.query.outsideBodies.findFirst({ where: eq(t.outsideBodies.nameKey, key) });
      let bodyId: number;
      if (existing) {
        await this.tx.update(t.outsideBodies).set(this.keepClerkEdits(existing, values, `Outside body "${body.name}"`, body.line)).where(eq(t.outsideBodies.id, existing.id));
        bodyId = existing.id;
        await this.tx.delete(t.appointments).where(eq(t.appointments.outsideBodyId, bodyId));
      } else {
        let slug = slugify(body.name, 70);
        const taken = await this.tx.select({ slug: t.outsideBodies.slug }).from(t.outsideBodies).where(sql`${t.outsideBodies.slug} like ${slug + "%"}`);
        for (let n = 2; taken.some((x) => x.slug === slug); n++) slug = `${slugify(body.name, 70)}-${n}`;
        [{ id: bodyId }] = await this.tx.insert(t.outsideBodies).values({ ...values, slug, nameKey: key }).returning({ id: t.outsideBodies.id });
        this.count("outsideBodies");
      }
      for (const [i, rep] of body.representatives.entries()) {
        const personId = await this.peopleRegistry.resolve(rep.name, { councillor: /councillor|cllr/i.test(rep.name), line: body.line, party: rep.party });
        await this.tx.insert(t.appointments).values({ outsideBodyId: bodyId, personId, nameAsPrinted: rep.name, party: rep.party, isSubstitute: rep.substitute, listedAtMeetingId: meetingId, sortOrder: i, sourceDocumentId: this.docId });
      }
    }
  }
}

/**
 * Two action descriptions are the same action when they mostly agree letter for letter. Spaces
 * and hyphens are ignored, since PDF line breaks split words ("apprentice-ships").
 */
export function similarText(a: string, b: string): boolean {
  const x = a.replace(/[^a-z0-9]/g, "");
  const y = b.replace(/[^a-z0-9]/g, "");
  if (x === y) return true;
  if (x.length > 20 && y.length > 20 && (x.includes(y) || y.includes(x))) return true;
  // The minutes and the action log word one action differently but share its substance.
  return diceCoefficient(x, y) >= 0.85 || longestCommonRun(x, y) >= 30;
}

/** Length of the longest run of letters two strings share. */
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    }
    prev = cur;
  }
  return best;
}

/** Share of letter pairs two strings have in common (1 = same pairs). */
function diceCoefficient(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) pairs.set(a.slice(i, i + 2), (pairs.get(a.slice(i, i + 2)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      common++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length - 2);
}

/**
 * The parser version of the newest import run that stored this text (for this meeting, when
 * given); null when no run did. Lets callers skip a pack that is current before parsing it.
 */
export async function lastStoringParserVersion(database: Database | Tx, sha256: string, meetingId?: number): Promise<string | null> {
  const [run] = await database
    .select({ parserVersion: t.importRuns.parserVersion })
    .from(t.importRuns)
    .where(and(eq(t.importRuns.sha256, sha256), meetingId === undefined ? undefined : eq(t.importRuns.meetingId, meetingId)))
    .orderBy(desc(t.importRuns.id))
    .limit(1);
  return run?.parserVersion ?? null;
}

/** No run at all (rows from before runs were kept) counts as current: nothing says otherwise. */
async function storedByOtherParser(tx: Tx, meetingId: number, sha256: string): Promise<boolean> {
  const version = await lastStoringParserVersion(tx, sha256, meetingId);
  return version !== null && version !== PARSER_VERSION;
}
