/**
 * The database's indexes (migration 0005): every foreign key leads an index, and the queries of
 * the heaviest pages find a record's rows through those indexes instead of scanning a table.
 * The page queries are the real ones (lib/queries), run against the demo packs with their SQL
 * captured and put through EXPLAIN QUERY PLAN; SQLite's plan for a table without statistics does
 * not depend on its size, so what holds here holds for a county's fifteen years.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  return { db: undefined as unknown as object, statements: [] as { sql: string; params: unknown[] }[] };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { drizzle } = await import("drizzle-orm/libsql");
const schema = await import("@/lib/db/schema");
const { importPackFile } = await import("@/lib/mutations/import-files");
const { getCommitteeBySlug } = await import("@/lib/queries/committees");
const { getMeetingBySlug } = await import("@/lib/queries/meetings");
const { getReportBySlug } = await import("@/lib/queries/reports");
const { getActionBySlug } = await import("@/lib/queries/actions");
const { getPersonBySlug } = await import("@/lib/queries/people");
const { getDecisionBySlug } = await import("@/lib/queries/decisions");
const { createTempDatabase } = await import("../support/temp-database");

/**
 * Foreign keys left without an index on purpose: the pack a record was read from. Documents are
 * never deleted and no query finds records by their document (meetings and import runs, which
 * are looked up by document, have an index).
 */
const UNINDEXED_ON_PURPOSE = /^\w+\.source_document_id$/;
const INDEXED_SOURCE_DOCUMENT = ["meetings.source_document_id", "import_runs.source_document_id"];

/** Tables a page reads a few rows of, for one parent: scanning one of them reads every council's rows. */
const CHILD_TABLES = [
  "agenda_sections", "agenda_items", "reports", "recommendations", "report_contacts", "report_sections", "report_implications",
  "environment_implications", "officer_clearances", "report_source_documents", "footnotes", "attendance", "minute_entries",
  "resolutions", "resolution_parts", "actions", "action_owners", "action_updates", "committee_memberships", "committee_aliases",
  "person_aliases", "posts", "appointments", "champion_roles", "agenda_plan_entries", "workshops", "workshop_items",
  "funding_facts", "budget_line_values", "strategies",
];

describe("indexes", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  const rows = async (sql: string, args: unknown[] = []) => (await temp.db.$client.execute({ sql, args: args as never })).rows;

  beforeAll(async () => {
    temp = await createTempDatabase();
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
      await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
    }
    holder.db = drizzle(temp.db.$client, { schema, logger: { logQuery: (sql, params) => void holder.statements.push({ sql, params }) } });
  });
  afterAll(() => temp.cleanup());

  it("every foreign key column leads an index, but the record tables' source document", async () => {
    const unindexed = (await rows(`
      SELECT m.name || '.' || f."from" AS fk FROM sqlite_master m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND NOT EXISTS (
        SELECT 1 FROM pragma_index_list(m.name) il, pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = f."from")
      ORDER BY 1`)).map((r) => String(r.fk));
    expect(unindexed.filter((fk) => !UNINDEXED_ON_PURPOSE.test(fk))).toEqual([]);
    for (const fk of INDEXED_SOURCE_DOCUMENT) expect(unindexed).not.toContain(fk);
  });

  it("the heaviest pages read a record's rows through an index and never scan a child table", async () => {
    const one = async (sql: string) => String((await rows(sql))[0][0]);
    const pages: [string, () => Promise<unknown>][] = [
      ["committee", async () => getCommitteeBySlug(await one("SELECT slug FROM committees ORDER BY id LIMIT 1"))],
      ["meeting", async () => getMeetingBySlug(await one("SELECT m.slug FROM meetings m JOIN minutes mi ON mi.meeting_id = m.id ORDER BY m.meeting_date DESC LIMIT 1"))],
      ["report", async () => getReportBySlug(await one("SELECT r.slug FROM reports r JOIN report_sections s ON s.report_id = r.id GROUP BY r.id ORDER BY count(*) DESC LIMIT 1"))],
      ["action", async () => getActionBySlug(await one("SELECT a.slug FROM actions a JOIN action_updates u ON u.action_id = a.id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"))],
      ["person", async () => getPersonBySlug(await one("SELECT p.slug FROM people p JOIN attendance a ON a.person_id = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"))],
      ["decision", async () => getDecisionBySlug(await one("SELECT slug FROM resolutions ORDER BY id LIMIT 1"))],
    ];
    const scans: string[] = [];
    const used = new Set<string>();
    for (const [page, load] of pages) {
      holder.statements.length = 0;
      expect(await load(), page).not.toBeNull();
      expect(holder.statements.length, page).toBeGreaterThan(0);
      for (const { sql, params } of holder.statements) {
        for (const step of await rows(`EXPLAIN QUERY PLAN ${sql}`, params)) {
          const detail = String(step.detail);
          for (const m of detail.matchAll(/USING (?:COVERING )?INDEX (\w+)/g)) used.add(m[1]);
          const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
          if (scanned && CHILD_TABLES.includes(scanned)) scans.push(`${page}: ${detail} in ${sql.slice(0, 120)}`);
        }
      }
    }
    expect(scans).toEqual([]);
    // The indexes the issue found missing, each seen at work.
    expect([...used]).toEqual(expect.arrayContaining([
      "report_sections_report", "minute_entries_minutes", "attendance_minutes", "attendance_person", "action_updates_action", "resolutions_minute_entry",
    ]));
  });
});
