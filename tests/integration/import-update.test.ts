import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "@/lib/db/schema";
import { parsePack } from "@/lib/import/parse-pack";
import { importPackFile } from "@/lib/mutations/import-files";
import { storeAgendaPack } from "@/lib/mutations/import-pack";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

const PACK = "data/packs/002_79826bec6554f037.txt";
const SLUG = "2021-03-04-communities-and-partnership-committee";

describe("re-importing a pack whose text changed", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await importPackFile(temp.db, PACK, { actor: "test" });
  });
  afterAll(() => temp.cleanup());

  it("updates imported fields but keeps a clerk's edit and reports the conflict", async () => {
    // A clerk corrected the venue by hand (as the clerk edit form will record it).
    await temp.db.update(meetings).set({ venue: "Online only", clerkEditedFields: ["venue"] }).where(eq(meetings.slug, SLUG));

    const changed = readFileSync(PACK, "utf8").replace(/^10:00$/m, "10:30").replace(/^Castle Hill$/m, "Castle Street");
    const file = join(temp.dir, "002_79826bec6554f037-revised.txt");
    writeFileSync(file, changed);
    const outcome = await importPackFile(temp.db, file, { actor: "test" });

    expect(outcome.status).toBe("updated");
    expect(outcome.conflicts).toBe(1);
    expect(outcome.issues.some((i) => i.code === "clerk-edit-conflict" && i.message.includes("Online only"))).toBe(true);
    const row = await temp.db.query.meetings.findFirst({ where: eq(meetings.slug, SLUG) });
    expect(row?.startTime).toBe("10:30");
    expect(row?.venue).toBe("Online only");
    expect((await temp.db.select().from(meetings)).filter((m) => m.slug === SLUG)).toHaveLength(1);
  });

  it("keeps the same number of agenda records after the update (replaced, not duplicated)", async () => {
    const fresh = await createTempDatabase();
    try {
      await importPackFile(fresh.db, PACK, { actor: "test" });
      const once = await countAllRows(temp.db);
      const reference = await countAllRows(fresh.db);
      for (const table of ["agenda_items", "agenda_sections", "reports", "recommendations", "committee_memberships"]) {
        expect(once[table], table).toBe(reference[table]);
      }
    } finally {
      fresh.cleanup();
    }
  });

  it("rolls back everything when storing fails part-way", async () => {
    const before = await countAllRows(temp.db);
    const text = readFileSync(PACK, "utf8").replace(/^10:00$/m, "11:00");
    const pack = parsePack(text, "broken.txt");
    // A report whose title is missing violates a NOT NULL constraint after the meeting and agenda were written.
    pack.reports.push({ ...pack.reports[0], title: null as unknown as string });
    await expect(storeAgendaPack(temp.db, pack, text, { actor: "test" })).rejects.toThrow();
    expect(await countAllRows(temp.db)).toEqual(before);
    const row = await temp.db.query.meetings.findFirst({ where: eq(meetings.slug, SLUG) });
    expect(row?.startTime).toBe("10:30");
  });
});
