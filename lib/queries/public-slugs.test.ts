import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "@/lib/db/schema";
import { importPackFile } from "@/lib/mutations/import-files";
import { isPublicSlug, slugRouteOf } from "@/lib/queries/public-slugs";
import { collectSitemapEntries } from "@/lib/queries/sitemap";
import { createTempDatabase, type TempDatabase } from "../../tests/support/temp-database";

const MEETING = "2021-03-04-communities-and-partnership-committee";

describe("the slug gate on a meeting's papers and downloads", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await importPackFile(temp.db, "data/packs/002_79826bec6554f037.txt", { actor: "test" });
  });
  afterAll(() => temp.cleanup());

  it("reads the meeting and the item from a papers address, and the meeting from the original's", () => {
    expect(slugRouteOf(`/meetings/${MEETING}/papers/2b`)).toEqual({ route: "meeting-papers", slug: `${MEETING}/papers/2b` });
    expect(slugRouteOf(`/meetings/${MEETING}/original`)).toEqual({ route: "meeting-pack", slug: MEETING });
  });

  it("lets through an item that prints pages, and nothing else", async () => {
    expect(await isPublicSlug("meeting-papers", `${MEETING}/papers/4`, temp.db)).toBe(true);
    expect(await isPublicSlug("meeting-papers", `${MEETING}/papers/2b`, temp.db)).toBe(true);
    // Item 3 (petitions) prints no pages; 99 is no item; the meeting must exist.
    expect(await isPublicSlug("meeting-papers", `${MEETING}/papers/3`, temp.db)).toBe(false);
    expect(await isPublicSlug("meeting-papers", `${MEETING}/papers/99`, temp.db)).toBe(false);
    expect(await isPublicSlug("meeting-papers", "no-such-meeting/papers/4", temp.db)).toBe(false);
    expect(await isPublicSlug("meeting-papers", `${MEETING}/papers/4%2F..`, temp.db)).toBe(false);
  });

  it("agrees with the sitemap, and closes with the meeting when it is a draft", async () => {
    const papers = (await collectSitemapEntries(temp.db)).map((e) => e.path).filter((p) => p.includes("/papers/"));
    expect(papers).toContain(`/meetings/${MEETING}/papers/4`);
    for (const path of papers) expect(await isPublicSlug("meeting-papers", slugRouteOf(path)!.slug, temp.db), path).toBe(true);
    await temp.db.update(meetings).set({ publication: "draft" }).where(eq(meetings.slug, MEETING));
    expect(await isPublicSlug("meeting-papers", `${MEETING}/papers/4`, temp.db)).toBe(false);
    expect(await isPublicSlug("meeting-pack", MEETING, temp.db)).toBe(false);
    expect((await collectSitemapEntries(temp.db)).some((e) => e.path.includes("/papers/"))).toBe(false);
  });
});

describe("slugRouteOf", () => {
  it("leaves index and information pages to render (no slug gate)", () => {
    for (const path of ["/meetings", "/reports", "/about", "/contact", "/accessibility", "/funding/facts", "/actions/open"]) {
      expect(slugRouteOf(path), path).toBeNull();
    }
  });

  it("gates a record's address by its route", () => {
    expect(slugRouteOf("/meetings/2021-03-04-communities-and-partnership-committee")).toEqual({
      route: "meetings", slug: "2021-03-04-communities-and-partnership-committee",
    });
    expect(slugRouteOf("/reports/some-report/")).toEqual({ route: "reports", slug: "some-report" });
  });
});
