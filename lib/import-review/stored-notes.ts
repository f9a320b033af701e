import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { db as defaultDb, type Database } from "@/lib/db";
import * as t from "@/lib/db/schema";

/** One note the importer logged while storing a meeting's pack. */
export interface StoredImportNote {
  severity: string;
  code: string;
  line: number | null;
  message: string;
  resolution: string | null;
}

/**
 * The notes from the latest import of each meeting's pack, for clerks: the importer's own words
 * with source lines, which the public pages replace with plain-words flags (lib/text/reader-flags.ts).
 * `committeeIds` null: every committee (administrators and clerks for all committees).
 */
export async function storedImportNotes(committeeIds: number[] | null, database: Database = defaultDb) {
  const runs = await database
    .select({ runId: sql<number>`max(${t.importRuns.id})`, meetingId: t.importRuns.meetingId, fileName: t.sourceDocuments.fileName })
    .from(t.importRuns).innerJoin(t.sourceDocuments, eq(t.sourceDocuments.id, t.importRuns.sourceDocumentId))
    .groupBy(t.importRuns.sourceDocumentId, t.importRuns.meetingId);
  const meetingRows = await database
    .select({ id: t.meetings.id, date: t.meetings.meetingDate, slug: t.meetings.slug, committeeId: t.meetings.committeeId, committee: t.committees.name })
    .from(t.meetings).innerJoin(t.committees, eq(t.committees.id, t.meetings.committeeId))
    .orderBy(desc(t.meetings.meetingDate));
  const out: { meeting: (typeof meetingRows)[number]; fileName: string; notes: StoredImportNote[] }[] = [];
  for (const m of meetingRows) {
    if (committeeIds !== null && !committeeIds.includes(m.committeeId)) continue;
    for (const run of runs.filter((r) => r.meetingId === m.id)) {
      const notes = await database
        .select({ severity: t.importIssues.severity, code: t.importIssues.code, line: t.importIssues.line, message: t.importIssues.message, resolution: t.importIssues.resolution })
        .from(t.importIssues).where(eq(t.importIssues.importRunId, run.runId))
        .orderBy(asc(t.importIssues.line), asc(t.importIssues.id));
      if (notes.length) out.push({ meeting: m, fileName: run.fileName, notes });
    }
  }
  return out;
}
