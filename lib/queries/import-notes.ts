import "server-only";
import { and, asc, inArray, max } from "drizzle-orm";
import { db } from "@/lib/db";
import { importIssues, importRuns } from "@/lib/db/schema";
import { readerFlag } from "@/lib/text/reader-flags";

export interface SourcePoint {
  documentId: number | null;
  line: number | null;
}

/**
 * Plain-words flags (lib/text/reader-flags.ts) for what the importer was unsure of at given
 * lines of given packs (from each pack's latest import), keyed "documentId:line", so a page can
 * flag the fact concerned. The importer's own messages stay with clerks.
 */
export async function readerFlagsAt(points: SourcePoint[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const wanted = points.filter((p): p is { documentId: number; line: number } => p.documentId !== null && p.line !== null);
  const docs = [...new Set(wanted.map((p) => p.documentId))];
  if (!docs.length) return out;
  const runs = await db.select({ doc: importRuns.sourceDocumentId, runId: max(importRuns.id) }).from(importRuns)
    .where(and(inArray(importRuns.sourceDocumentId, docs), inArray(importRuns.status, ["imported", "updated"])))
    .groupBy(importRuns.sourceDocumentId);
  const runIds = runs.flatMap((r) => (r.runId === null ? [] : [r.runId]));
  if (!runIds.length) return out;
  const issues = await db.select({ runId: importIssues.importRunId, line: importIssues.line, code: importIssues.code })
    .from(importIssues)
    .where(and(inArray(importIssues.importRunId, runIds), inArray(importIssues.line, [...new Set(wanted.map((p) => p.line))])))
    .orderBy(asc(importIssues.id));
  const keys = new Set(wanted.map((p) => `${p.documentId}:${p.line}`));
  for (const i of issues) {
    const key = `${runs.find((r) => r.runId === i.runId)?.doc}:${i.line}`;
    const flag = readerFlag(i.code);
    if (!keys.has(key) || flag === null) continue;
    const list = out.get(key) ?? [];
    if (!list.includes(flag)) out.set(key, [...list, flag]);
  }
  return out;
}
