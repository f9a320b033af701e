/**
 * The write paths re-read only the search scopes a write can change (an import: its meeting, the
 * meetings whose minutes it prints, its committee's actions and outside bodies, the shared people;
 * lib/search/pack-scopes.ts). After every import, re-import and dashboard edit below, on a
 * database of three committees with several meetings each, the index must be exactly what a
 * full rebuild gives.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as t from "@/lib/db/schema";
import { councilPacks } from "@/lib/demo/synthetic-council";
import { importPackFile } from "@/lib/mutations/import-files";
import { storeAgendaPack } from "@/lib/mutations/import-pack";
import { loadRecord, setPublication, updateRecord } from "@/lib/mutations/records";
import { formValues } from "@/lib/mutations/dashboard-reads";
import { packSearchScopes } from "@/lib/search/pack-scopes";
import { rebuildSearchIndex } from "@/lib/search/indexer";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));

describe("narrow search reindexing equals a full rebuild", () => {
  let temp: TempDatabase;
  const packs = [...councilPacks({ committees: 3, lastYear: 2026, years: 1, seed: 11 })];
  const noRevalidate = async () => {};

  const indexRows = async () => (await temp.db.all<Record<string, unknown>>(
    sql`SELECT kind, record_id, url, title, body, context, tags, committee_id, year, date FROM search_fts ORDER BY rowid`,
  )).map((r) => JSON.stringify(r));
  async function expectEqualToRebuild(after: string) {
    const kept = await indexRows();
    await rebuildSearchIndex(temp.db);
    expect(kept, `the index after ${after}`).toEqual(await indexRows());
  }

  beforeAll(async () => { temp = await createTempDatabase(); });
  afterAll(() => temp?.cleanup());

  it("after each pack of three committees, in turn, and the demo packs", async () => {
    // Committee by committee, several meetings each: each pack prints the previous meeting's minutes.
    const perCommittee = new Map<string, number>();
    for (const { pack, text } of packs) {
      const n = perCommittee.get(pack.meeting.committee) ?? 0;
      if (n >= 4) continue;
      perCommittee.set(pack.meeting.committee, n + 1);
      await storeAgendaPack(temp.db, pack, text, { actor: "test" });
      await expectEqualToRebuild(`${pack.meeting.committee} ${pack.meeting.date}`);
    }
    expect(perCommittee.size).toBe(3);
    for (const file of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, file, { actor: "test" });
      await expectEqualToRebuild(file);
    }
    const [{ n }] = await temp.db.all<{ n: number }>(sql`select count(distinct committee_id) as n from meetings`);
    expect(Number(n)).toBe(3);
  });

  it("after re-importing a pack that was already stored, as a new parser version would", async () => {
    const { pack, text } = packs[1];
    // Forget which parser stored it, so the store writes it again rather than skip it.
    await temp.db.run(sql`update import_runs set parser_version = '0' where sha256 = ${pack.source.sha256}`);
    await temp.db.run(sql`update source_documents set sha256 = 'x' || sha256 where sha256 = ${pack.source.sha256}`);
    const outcome = await storeAgendaPack(temp.db, pack, text, { actor: "test" });
    expect(outcome.status).toBe("updated");
    await expectEqualToRebuild("a re-import");
  });

  it("after dashboard edits: a report's title, a meeting unpublished and published, an action, an outside body, a plan entry, a strategy", async () => {
    const [user] = await temp.db.insert(t.users).values({ email: "a@example.gov.uk", name: "A", passwordHash: "x", role: "admin" }).returning();
    const admin = { id: user.id, email: user.email, role: "admin" as const, committeeIds: null };
    const options = { database: temp.db, revalidate: noRevalidate };
    const [report] = await temp.db.select().from(t.reports).limit(1);
    const r = (await loadRecord("report", report.id, temp.db))!;
    await updateRecord(admin, "report", report.id, r.version, { ...formValues(r.values), title: "Zanzibar libraries review" }, options);
    await expectEqualToRebuild("a report edit");
    const m = (await loadRecord("meeting", report.meetingId, temp.db))!;
    await setPublication(admin, "meeting", report.meetingId, "draft", m.version, options);
    await expectEqualToRebuild("a meeting unpublished");
    const m2 = (await loadRecord("meeting", report.meetingId, temp.db))!;
    await setPublication(admin, "meeting", report.meetingId, "published", m2.version, options);
    await expectEqualToRebuild("a meeting published again");
    const [action] = await temp.db.select().from(t.actions).limit(1);
    const a = (await loadRecord("action", action.id, temp.db))!;
    await updateRecord(admin, "action", action.id, a.version, { ...formValues(a.values), description: "Write to the quokka trust" }, options);
    await expectEqualToRebuild("an action edit");
    // Records outside any meeting re-read only their kind: an outside body, a plan entry, a strategy.
    for (const [kind, table, field] of [["outside_body", t.outsideBodies, "name"], ["agenda_plan_entry", t.agendaPlanEntries, "item"], ["strategy", t.strategies, "title"]] as const) {
      const [row] = await temp.db.select({ id: table.id }).from(table).limit(1);
      expect(row, `a stored ${kind}`).toBeDefined();
      const rec = (await loadRecord(kind, row.id, temp.db))!;
      const result = await updateRecord(admin, kind, row.id, rec.version, { ...formValues(rec.values), [field]: `Quokka ${kind}` }, options);
      expect(result.changed).toContain(field);
      await expectEqualToRebuild(`a ${kind} edit`);
    }
  });

  it("an import's scopes leave the committee's other meetings out", async () => {
    const [m] = await temp.db.select().from(t.meetings).limit(1);
    const scopes = await packSearchScopes(temp.db, m.committeeId, m.id, []);
    expect(scopes.some((s) => s.committeeId === m.committeeId && s.meetingId == null && !s.kinds)).toBe(false);
    expect(scopes).toContainEqual({ committeeId: m.committeeId, meetingId: m.id });
  });
});
