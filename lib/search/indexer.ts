/**
 * Keeps the search index (the search_fts table, drizzle/0004_search_index.sql) equal to what the
 * public may see. Every write path calls `reindexSearch(tx, scopes)` inside its own transaction,
 * after its write: the scope's documents are deleted and re-read through the visibility rule, so
 * an edit, a publish, an unpublish, a delete or an import changes search results exactly when it
 * commits, and a rolled-back write leaves the index as it was.
 *
 * Why index only public records (rather than everything, filtered at query time): a draft's words
 * then cannot reach a result, a snippet or a facet count by any query, and a search needs no joins
 * against the visibility subqueries, which at 100,000 records would cost more than the search.
 * The price is that a write re-reads what it can change: a meeting's documents for a change in a
 * meeting, one kind of a committee's for a record outside any meeting (SEARCH_KINDS_OF_RECORD),
 * the pack's own scopes for an import (lib/search/pack-scopes.ts; bench/pack-reindex.ts), the
 * whole committee only for the committee itself.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { filterToken } from "./fts-query";
import { BY_MEETING, loadSearchDocuments, tagsOf, yearOf, type Reader, type SearchDocument, type SearchScope } from "./documents";
import { SEARCH_KINDS } from "./kinds";
import { encodeRowid } from "./rowid";

export type { SearchScope } from "./documents";
export type IndexWriter = Reader & Pick<Database, "run" | "all">;

/** The tag of a scope's documents: committee N, or committee 0 for the shared scope. */
function scopeToken(scope: SearchScope): string {
  return filterToken.committee(scope.committeeId ?? 0);
}

/**
 * FTS5 queries finding a scope's documents by their tags (a meeting's, and its committee's budget
 * lines; with `kinds`, each kind's), exactly the documents loadSearchDocuments reads for it.
 */
function scopeMatches(scope: SearchScope): string[] {
  const tags = (...tokens: string[]) => `tags : (${tokens.map((t) => `"${t}"`).join(" ")})`;
  const kinds = (scope.kinds ?? SEARCH_KINDS).filter((k) => scope.meetingId == null || BY_MEETING.has(k));
  const matches = (extra: string[]) => (scope.kinds ? kinds.map((k) => tags(scopeToken(scope), ...extra, filterToken.kind(k))) : [tags(scopeToken(scope), ...extra)]);
  if (scope.meetingId == null) return matches([]);
  const perMeeting = matches([filterToken.meeting(scope.meetingId)]);
  return kinds.includes("budget-line") ? [...perMeeting, tags(scopeToken(scope), filterToken.kind("budget-line"))] : perMeeting;
}

const ROWS_PER_INSERT = 50;

async function insertDocuments(db: IndexWriter, docs: SearchDocument[], scope: SearchScope): Promise<void> {
  for (let i = 0; i < docs.length; i += ROWS_PER_INSERT) {
    const values = docs.slice(i, i + ROWS_PER_INSERT).map((d) => {
      const tags = d.committee ? tagsOf(d) : `${tagsOf(d)} ${scopeToken(scope)}`;
      const rowid = encodeRowid({ kind: d.kind, recordId: d.recordId, committeeId: d.committee?.id ?? null, year: yearOf(d.date) });
      return sql`(${rowid}, ${d.title}, ${d.body}, ${tags}, ${d.kind}, ${d.recordId}, ${d.url}, ${d.context}, ${d.committee?.id ?? null}, ${d.committee?.slug ?? null}, ${d.committee?.name ?? null}, ${yearOf(d.date)}, ${d.date})`;
    });
    await db.run(sql`INSERT INTO search_fts (rowid, title, body, tags, kind, record_id, url, context, committee_id, committee_slug, committee_name, year, date) VALUES ${sql.join(values, sql`, `)}`);
  }
}

/** Whether re-reading `a` also re-reads everything of `b`. */
function covers(a: SearchScope, b: SearchScope): boolean {
  if (a.committeeId !== b.committeeId) return false;
  const kindsCovered = !a.kinds || (!!b.kinds && b.kinds.every((k) => a.kinds!.includes(k)));
  return kindsCovered && (a.meetingId == null || a.meetingId === b.meetingId);
}

/** Re-read the public records of each scope into the index (call inside the write's transaction). */
export async function reindexSearch(db: IndexWriter, scopes: SearchScope | SearchScope[]): Promise<void> {
  const list = Array.isArray(scopes) ? scopes : [scopes];
  // A scope inside another one listed (a meeting of a committee also re-read whole) is left out.
  const needed = list.filter((s, i) => !list.some((o, j) => j !== i && covers(o, s) && (!covers(s, o) || j < i)));
  for (const scope of needed) {
    for (const match of scopeMatches(scope)) await db.run(sql`DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${match})`);
    await insertDocuments(db, await loadSearchDocuments(db, scope), scope);
  }
}

/** Every scope there is: each committee's and the shared one. */
async function allScopes(db: IndexWriter): Promise<SearchScope[]> {
  const rows = await db.all<{ id: number }>(sql`SELECT id FROM committees ORDER BY id`);
  return [{ committeeId: null }, ...rows.map((r) => ({ committeeId: Number(r.id) }))];
}

/** Empty the index and fill it again from the database: for repair, and after the migration that creates it. */
export async function rebuildSearchIndex(database: Database): Promise<{ documents: number }> {
  return database.transaction(async (tx) => {
    await tx.run(sql`DELETE FROM search_fts`);
    for (const scope of await allScopes(tx)) await insertDocuments(tx, await loadSearchDocuments(tx, scope), scope);
    await tx.run(sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);
    const [{ n }] = await tx.all<{ n: number }>(sql`SELECT count(*) AS n FROM search_fts`);
    return { documents: Number(n) };
  });
}
