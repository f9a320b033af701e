import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings, people, reports } from "@/lib/db/schema";
import { importPackFile } from "@/lib/mutations/import-files";
import { absoluteUrl, collectSitemapEntries } from "@/lib/queries/sitemap";
import { createTempDatabase, type TempDatabase } from "../../tests/support/temp-database";

const MEETING_2021 = "2021-03-04-communities-and-partnership-committee";
const MEETING_2018 = "2018-05-31-communities-and-partnership-committee";

describe("sitemap entries", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    for (const pack of ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"]) {
      await importPackFile(temp.db, pack, { actor: "test" });
    }
  });
  afterAll(() => temp.cleanup());

  it("lists the index pages, each published meeting with its pack, and every kind of record", async () => {
    const paths = (await collectSitemapEntries(temp.db)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["/", "/decisions", "/committees", "/people", "/actions", "/forward-plan", "/funding", "/developers"]));
    expect(paths).toContain(`/meetings/${MEETING_2021}`);
    expect(paths).toContain(`/meetings/${MEETING_2021}/agenda-pack.txt`);
    for (const prefix of ["/reports/", "/decisions/", "/committees/", "/people/", "/outside-bodies/", "/actions/", "/strategies/"]) {
      expect(paths.some((p) => p.startsWith(prefix)), prefix).toBe(true);
    }
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("offers a pack download only for meetings that have an agenda pack", async () => {
    const entries = await collectSitemapEntries(temp.db);
    const all = await temp.db.select({ slug: meetings.slug, doc: meetings.sourceDocumentId }).from(meetings);
    for (const m of all) {
      expect(entries.some((e) => e.path === `/meetings/${m.slug}/agenda-pack.txt`)).toBe(m.doc !== null);
    }
  });

  it("carries the record's updated_at as lastModified where the table has one", async () => {
    const entries = await collectSitemapEntries(temp.db);
    const [row] = await temp.db.select({ updatedAt: meetings.updatedAt }).from(meetings).where(eq(meetings.slug, MEETING_2021));
    expect(entries.find((e) => e.path === `/meetings/${MEETING_2021}`)?.lastModified).toBe(row.updatedAt);
    expect(entries.find((e) => e.path === "/")?.lastModified).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("leaves out drafts and the records that hang off a draft meeting", async () => {
    const [person] = await temp.db.select({ slug: people.slug }).from(people).limit(1);
    await temp.db.update(people).set({ publication: "draft" }).where(eq(people.slug, person.slug));
    await temp.db.update(meetings).set({ publication: "draft" }).where(eq(meetings.slug, MEETING_2018));
    const [m2018] = await temp.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, MEETING_2018));
    const reports2018 = await temp.db.select({ slug: reports.slug }).from(reports).where(eq(reports.meetingId, m2018.id));
    expect(reports2018.length).toBeGreaterThan(0);

    const paths = (await collectSitemapEntries(temp.db)).map((e) => e.path);
    expect(paths).not.toContain(`/people/${person.slug}`);
    expect(paths.filter((p) => p.startsWith(`/meetings/${MEETING_2018}`))).toEqual([]);
    for (const r of reports2018) expect(paths).not.toContain(`/reports/${r.slug}`);
    expect(paths).toContain(`/meetings/${MEETING_2021}`);
  });

  it("makes absolute URLs on the configured origin", () => {
    expect(absoluteUrl("https://example.org", "/")).toBe("https://example.org/");
    expect(absoluteUrl("https://example.org/", "/people/a")).toBe("https://example.org/people/a");
    expect(absoluteUrl("https://example.org", "sitemap.xml")).toBe("https://example.org/sitemap.xml");
  });
});
