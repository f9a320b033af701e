import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackFile } from "@/lib/mutations/import-files";
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
