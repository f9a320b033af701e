/**
 * What the site relies on from its database engine, checked on the libSQL file and on a libSQL
 * server (sqld, over HTTP) alike: interactive transactions that roll back as one, foreign keys
 * enforced, batches, and FTS5 full-text search with bm25 ranking.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorities, committees } from "@/lib/db/schema";
import { createTempDatabase, testDatabaseKind, type TempDatabase } from "../support/temp-database";

describe(`the database engine (${testDatabaseKind()})`, () => {
  let t: TempDatabase;
  beforeAll(async () => {
    t = await createTempDatabase();
    await t.db.insert(authorities).values({ name: "Test Council", slug: "test-council" });
  });
  afterAll(() => t.cleanup());

  it("reaches the kind of database the project asked for", () => {
    expect(t.url.startsWith(testDatabaseKind() === "sqld" ? "http://127.0.0.1:" : "file:")).toBe(true);
  });

  it("rolls back every write of an interactive transaction that throws", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.insert(committees).values({ authorityId: 1, name: "Highways", slug: "highways" });
        const seen = await tx.select().from(committees);
        expect(seen).toHaveLength(1);
        throw new Error("stop here");
      }),
    ).rejects.toThrow("stop here");
    expect(await t.db.select().from(committees)).toHaveLength(0);
  });

  it("commits a transaction's writes together, visible to the next reader", async () => {
    await t.db.transaction(async (tx) => {
      await tx.insert(committees).values({ authorityId: 1, name: "Planning", slug: "planning" });
      await tx.insert(committees).values({ authorityId: 1, name: "Licensing", slug: "licensing" });
    });
    expect((await t.db.select().from(committees)).map((c) => c.slug).sort()).toEqual(["licensing", "planning"]);
  });

  it("enforces foreign keys", async () => {
    const error: unknown = await t.db.insert(committees).values({ authorityId: 999, name: "Orphan", slug: "orphan" }).then(() => null, (e: unknown) => e);
    // Drizzle wraps the engine's error: the reason is in its cause.
    expect(String((error as { cause?: unknown } | null)?.cause)).toMatch(/FOREIGN KEY/i);
  });

  it("runs a batch as one transaction: a failing statement undoes the ones before it", async () => {
    await expect(
      t.db.batch([
        t.db.insert(committees).values({ authorityId: 1, name: "Audit", slug: "audit" }),
        t.db.insert(committees).values({ authorityId: 1, name: "Audit again", slug: "audit" }),
      ]),
    ).rejects.toThrow();
    expect((await t.db.select().from(committees)).map((c) => c.slug)).not.toContain("audit");
  });

  it("has FTS5 with bm25 ranking", async () => {
    await t.db.run(sql`CREATE VIRTUAL TABLE engine_check_fts USING fts5(title, body)`);
    await t.db.run(sql`INSERT INTO engine_check_fts (title, body) VALUES ('Bus lanes', 'a report on bus lanes and bus stops'), ('Libraries', 'opening hours of the libraries')`);
    const rows = await t.db.all<{ title: string; rank: number }>(sql`SELECT title, bm25(engine_check_fts) AS rank FROM engine_check_fts WHERE engine_check_fts MATCH 'bus' ORDER BY rank`);
    expect(rows.map((r) => r.title)).toEqual(["Bus lanes"]);
    expect(Number(rows[0].rank)).toBeLessThan(0);
    await t.db.run(sql`DROP TABLE engine_check_fts`);
  });
});
