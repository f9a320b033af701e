import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "@/lib/db/schema";
import { councilPacks, LARGE_COUNCIL } from "@/lib/demo/synthetic-council";
import { storeAgendaPack } from "@/lib/mutations/import-pack";
import { prerenderLimit, slugsToPrerender } from "@/lib/publishing/prerender-policy";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

const small = { ...LARGE_COUNCIL, committees: 2, years: 2 };

describe("the synthetic council", () => {
  it("comes out the same for a seed, and differs for another", () => {
    const a = [...councilPacks(small)].map((p) => p.pack.source.sha256);
    const b = [...councilPacks(small)].map((p) => p.pack.source.sha256);
    const c = [...councilPacks({ ...small, seed: small.seed + 1 })].map((p) => p.pack.source.sha256);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it("has the size of a county council: ten or eleven meetings a year per committee, about ten items and three reports a meeting", () => {
    const packs = [...councilPacks({ ...LARGE_COUNCIL, committees: 3 })].map((p) => p.pack);
    const perCommitteeYear = packs.length / (3 * LARGE_COUNCIL.years);
    expect(perCommitteeYear).toBeGreaterThanOrEqual(10);
    expect(perCommitteeYear).toBeLessThanOrEqual(11);
    const items = packs.reduce((n, p) => n + p.agendaItems.length, 0) / packs.length;
    const reports = packs.reduce((n, p) => n + p.reports.length, 0) / packs.length;
    expect(items).toBeGreaterThan(8);
    expect(reports).toBeGreaterThan(2.5);
  });

  describe("stored through the importer's store", () => {
    let temp: TempDatabase;
    beforeAll(async () => {
      temp = await createTempDatabase();
      for (const { pack, text } of councilPacks(small)) await storeAgendaPack(temp.db, pack, text, { actor: "test" });
    });
    afterAll(() => temp?.cleanup());

    it("gives every meeting its pack, minutes for all but the last, and no import issues", async () => {
      const packs = [...councilPacks(small)];
      const [{ n: meetings }] = await temp.db.select({ n: count() }).from(t.meetings);
      const [{ n: minutes }] = await temp.db.select({ n: count() }).from(t.minutes);
      const [{ n: issues }] = await temp.db.select({ n: count() }).from(t.importIssues);
      expect(meetings).toBe(packs.length);
      expect(minutes).toBe(packs.length - small.committees);
      expect(issues).toBe(0);
    });

    it("links minutes to the reports they consider, and action log entries to the actions minuted", async () => {
      const withReport = (await temp.db.select({ reportId: t.minuteEntries.reportId }).from(t.minuteEntries)).filter((e) => e.reportId !== null);
      expect(withReport.length).toBeGreaterThan(20);
      const updates = await temp.db.select({ origin: t.actions.originMinuteEntryId }).from(t.actionUpdates).innerJoin(t.actions, eq(t.actions.id, t.actionUpdates.actionId));
      expect(updates.length).toBeGreaterThan(0);
      // The log found the actions the minutes made; it made none of its own.
      expect(updates.every((u) => u.origin !== null)).toBe(true);
    });
  });
});

describe("prerender policy", () => {
  const slugs = ["2019-01-01-a", "people-x", "2026-12-10-upcoming", "2024-05-05-b", "2021-03-04-c"];
  it("keeps every slug when there are few", () => expect(slugsToPrerender(slugs, 10)).toEqual(slugs));
  it("prerenders the latest dated records first, upcoming included", () => {
    expect(slugsToPrerender(slugs, 3)).toEqual(["2026-12-10-upcoming", "2024-05-05-b", "2021-03-04-c"]);
    expect(slugsToPrerender(["b", "a", "c"], 2)).toEqual(["b", "a"]);
  });
  it("reads PRERENDER_PER_ROUTE", () => {
    expect(prerenderLimit(undefined)).toBe(200);
    expect(prerenderLimit("50")).toBe(50);
    expect(prerenderLimit("all")).toBe(Infinity);
    expect(prerenderLimit("lots")).toBe(200);
  });
});
