import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { championRoles, importRuns } from "@/lib/db/schema";
import { importPackFile } from "@/lib/mutations/import-files";
import { PARSER_VERSION } from "@/lib/mutations/import-pack";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

const PACKS = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"];

describe("importing the demo packs into a real libSQL file", () => {
  let temp: TempDatabase;
  beforeAll(async () => { temp = await createTempDatabase(); });
  afterAll(() => temp.cleanup());

  it("stores both packs, then a second import of the same files changes nothing", async () => {
    for (const file of PACKS) {
      const outcome = await importPackFile(temp.db, file, { actor: "test" });
      expect(outcome.status).toBe("imported");
    }
    const first = await countAllRows(temp.db);
    expect(first.meetings).toBeGreaterThanOrEqual(2);
    expect(first.agenda_items).toBe(23);
    expect(first.source_documents).toBe(2);
    expect(first.import_runs).toBe(2);

    for (const file of PACKS) {
      const outcome = await importPackFile(temp.db, file, { actor: "test" });
      expect(outcome.status).toBe("unchanged");
    }
    expect(await countAllRows(temp.db)).toEqual(first);
  });

  it("resolves one committee across both packs and keeps the meeting URLs readable", async () => {
    const committees = await temp.db.query.committees.findMany();
    expect(committees.map((c) => c.name)).toEqual(["Communities and Partnership Committee"]);
    const slugs = (await temp.db.query.meetings.findMany()).map((m) => m.slug);
    expect(slugs).toContain("2018-05-31-communities-and-partnership-committee");
    expect(slugs).toContain("2021-03-04-communities-and-partnership-committee");
  });
});

describe("a pack stored by an older parser version", () => {
  let temp: TempDatabase;
  beforeAll(async () => { temp = await createTempDatabase(); });
  afterAll(() => temp.cleanup());

  it("is stored again by the current parser, replacing its records without duplicates", async () => {
    const file = PACKS[0];
    expect((await importPackFile(temp.db, file, { actor: "test" })).status).toBe("imported");
    const first = await countAllRows(temp.db);
    // Make the run look as if an older importer had written it, and drop what only the current store derives.
    await temp.db.update(importRuns).set({ parserVersion: "0.9.0" });
    await temp.db.delete(championRoles);

    const again = await importPackFile(temp.db, file, { actor: "test" });
    expect(again.status).toBe("updated");
    const runs = await temp.db.select().from(importRuns).orderBy(importRuns.id);
    expect(runs.at(-1)?.parserVersion).toBe(PARSER_VERSION);
    expect(await countAllRows(temp.db)).toEqual({ ...first, import_runs: first.import_runs + 1, import_issues: expect.any(Number), audit_log: first.audit_log + 1 });
    expect((await temp.db.select().from(championRoles)).length).toBe(first.champion_roles);

    // Stored by the current parser now: a further import changes nothing.
    expect((await importPackFile(temp.db, file, { actor: "test" })).status).toBe("unchanged");
  });
});
