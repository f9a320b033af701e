import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { committees, meetings } from "@/lib/db/schema";
import { importPackFile } from "@/lib/mutations/import-files";
import { searchPublished } from "@/lib/queries/search";
import { createTempDatabase, type TempDatabase } from "../../tests/support/temp-database";

describe("searchPublished", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    for (const pack of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, pack, { actor: "test" });
    }
  });
  afterAll(() => temp.cleanup());

  it("finds reports and decisions by their words, with readable titles and dates", async () => {
    const hits = await searchPublished("resilience", temp.db);
    const report = hits.find((h) => h.kind === "report");
    expect(report?.href).toMatch(/^\/reports\//);
    expect(report?.title).not.toBe(report?.title.toUpperCase());
    expect(report?.context).toMatch(/^Report to the meeting on \w+day \d{1,2} \w+ \d{4}$/);
    const decision = (await searchPublished("Fenland Area Champion", temp.db)).find((h) => h.kind === "decision");
    expect(decision?.href).toMatch(/^\/decisions\//);
    expect(decision?.context).toMatch(/^Decision of the meeting on \w+day \d{1,2} \w+ \d{4}$/);
  });

  it("treats LIKE wildcards literally and ignores queries under two characters", async () => {
    expect(await searchPublished("%", temp.db)).toEqual([]);
    expect(await searchPublished("zz%zz", temp.db)).toEqual([]);
  });

  it("does not find records whose meeting or committee is a draft", async () => {
    const before = await searchPublished("resilience", temp.db);
    expect(before.some((h) => h.kind === "report")).toBe(true);

    await temp.db.update(meetings).set({ publication: "draft" });
    const meetingsDraft = [...await searchPublished("resilience", temp.db), ...await searchPublished("Fenland Area Champion", temp.db)];
    expect(meetingsDraft.filter((h) => h.kind === "report" || h.kind === "decision")).toEqual([]);
    await temp.db.update(meetings).set({ publication: "published" });

    await temp.db.update(committees).set({ publication: "draft" });
    const committeeDraft = await searchPublished("communities", temp.db);
    expect(committeeDraft.filter((h) => h.kind !== "person")).toEqual([]);
    await temp.db.update(committees).set({ publication: "published" }).where(eq(committees.publication, "draft"));
  });
});
