/**
 * What readers get from the demo packs once stored: action owners named in the minutes' own
 * action flags, and every agenda plan ever printed, each readable at its own address.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  return { db: undefined as unknown as object };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { importPackFile } = await import("@/lib/mutations/import-files");
const { getActionBySlug } = await import("@/lib/queries/actions");
const { getPlanPrintedWith, listForwardPlans, listPlanEditions } = await import("@/lib/queries/plans");
const { isPublicSlug } = await import("@/lib/queries/public-slugs");
const { collectSitemapEntries } = await import("@/lib/queries/sitemap");
const { meetings } = await import("@/lib/db/schema");
const { storedImportNotes } = await import("@/lib/import-review/stored-notes");
const { createTempDatabase } = await import("../support/temp-database");

const MEETING_2018 = "2018-05-31-communities-and-partnership-committee";
const MEETING_2021 = "2021-03-04-communities-and-partnership-committee";

describe("reader text from the stored demo packs", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, pack, { actor: "test" });
    }
  });
  afterAll(() => temp?.cleanup());

  it("names the owners minute 54's action flag gives, linked to their people pages", async () => {
    const action = await getActionBySlug("2018-04-17-minute-54-action-1");
    expect(action).not.toBeNull();
    expect(action!.owners.map((o) => o.name).sort()).toEqual(["Adrian Chapman", "Kerry Newsom", "Martin Wade"]);
    expect(action!.responsible).toBe("Kerry Newsom / Martin Wade / Adrian Chapman");
  });

  it("keeps no owner for a flag that names no one", async () => {
    const action = await getActionBySlug("2018-04-17-minute-52-action-2");
    expect(action!.description).toMatch(/Councillor Costello/);
    expect(action!.owners).toEqual([]);
  });

  it("lists both printed plans, newest first, and keeps the 2018 plan readable at its own address", async () => {
    const editions = await listPlanEditions(temp.db);
    expect(editions.map((e) => e.printedWith.slug)).toEqual([MEETING_2021, MEETING_2018]);

    const [newest] = await listForwardPlans();
    expect(newest.publishedWith.slug).toBe(MEETING_2021);
    expect(newest.newest).toBeNull();
    expect(newest.earlier.map((e) => e.printedWith.slug)).toEqual([MEETING_2018]);

    const old = await getPlanPrintedWith(MEETING_2018);
    expect(old!.newest?.printedWith.slug).toBe(MEETING_2021);
    const september = old!.meetings.find((m) => m.date === "2018-09-27")!;
    expect(september.entries.map((e) => e.item)).toContain("White Ribbon Accreditation Decision Report");
    expect(await getPlanPrintedWith("2018-04-17-communities-and-partnership-committee")).toBeNull();
  });

  it("puts every printed plan in the sitemap and through the slug gate, and hides it with its meeting", async () => {
    const paths = (await collectSitemapEntries(temp.db)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([`/forward-plan/${MEETING_2018}`, `/forward-plan/${MEETING_2021}`]));
    expect(await isPublicSlug("forward-plan", MEETING_2018, temp.db)).toBe(true);
    expect(await isPublicSlug("forward-plan", "2018-04-17-communities-and-partnership-committee", temp.db)).toBe(false);

    await temp.db.update(meetings).set({ publication: "draft" }).where(eq(meetings.slug, MEETING_2018));
    expect(await isPublicSlug("forward-plan", MEETING_2018, temp.db)).toBe(false);
    expect(await getPlanPrintedWith(MEETING_2018)).toBeNull();
    expect((await listForwardPlans())[0].earlier).toEqual([]);
    await temp.db.update(meetings).set({ publication: "published" }).where(eq(meetings.slug, MEETING_2018));
  });

  it("keeps the importer's own notes, with source lines, for clerks in the dashboard", async () => {
    const packs = await storedImportNotes(null, temp.db);
    expect(packs.map((p) => p.meeting.slug).sort()).toEqual([MEETING_2018, MEETING_2021]);
    const messages = packs.flatMap((p) => p.notes.map((n) => n.message));
    expect(messages.some((m) => m.includes("(line 1689)"))).toBe(true);
    expect(await storedImportNotes([], temp.db)).toEqual([]);
  });
});
