import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { revalidationJournal } from "@/lib/db/schema";
import type { PublicChange } from "@/lib/publishing/change-targets";
import { CATCH_UP_LIMIT, JournalFollower } from "@/lib/publishing/journal-follower";
import {
  JOURNAL_KEEP_DAYS, journalPositionAt, markJournalEntryApplied, readJournal, recordInJournal,
} from "@/lib/publishing/journal";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

const report = (slug: string): PublicChange => ({ kind: "report", slug });

describe("the revalidation journal (what every instance follows)", () => {
  let t: TempDatabase;
  beforeEach(async () => {
    t ??= await createTempDatabase();
    await t.db.delete(revalidationJournal);
  });
  afterAll(() => t?.cleanup());

  /** A follower for instance "B" that records what it applied (the site's applies by a signed request to itself). */
  function follower(options: { positionFile?: string | null; startAfter?: Date; refuse?: () => boolean } = {}) {
    const applied: PublicChange[][] = [];
    const f = new JournalFollower({
      db: t.db, origin: "B", positionFile: options.positionFile ?? null, startAfter: options.startAfter ?? new Date(0),
      apply: async (changes) => {
        if (options.refuse?.()) return false;
        applied.push(changes);
        return true;
      },
    });
    return { f, applied };
  }

  it("keeps entries in order with their origin, and drops those older than a week", async () => {
    const now = new Date("2026-12-02T12:00:00Z");
    const old = await recordInJournal(t.db, [report("old")], "A", new Date(now.getTime() - (JOURNAL_KEEP_DAYS + 1) * 86_400_000));
    const first = await recordInJournal(t.db, [report("a")], "A", now);
    const second = await recordInJournal(t.db, [{ kind: "minutes", meetingSlug: "m" }], "B", now);
    const entries = await readJournal(t.db, 0);
    expect(entries.map((e) => [e.id, e.origin, e.changes])).toEqual([
      [first, "A", [report("a")]],
      [second, "B", [{ kind: "minutes", meetingSlug: "m" }]],
    ]);
    expect(entries.some((e) => e.id === old)).toBe(false);
    expect(await readJournal(t.db, first)).toHaveLength(1);
  });

  it("reads an entry it cannot parse as a change to everything (never stale, only slower)", async () => {
    await t.db.insert(revalidationJournal).values({ origin: "A", changes: "{not json" });
    await t.db.insert(revalidationJournal).values({ origin: "A", changes: JSON.stringify([{ kind: "spaceship" }]) });
    expect((await readJournal(t.db, 0)).map((e) => e.changes)).toEqual([[{ kind: "import" }], [{ kind: "import" }]]);
  });

  it("gives the position at a moment: the last entry before it", async () => {
    expect(await journalPositionAt(t.db)).toBe(0);
    const a = await recordInJournal(t.db, [report("a")], "A", new Date("2026-12-01T10:00:00Z"));
    const b = await recordInJournal(t.db, [report("b")], "A", new Date("2026-12-01T11:00:00Z"));
    expect(await journalPositionAt(t.db, new Date("2026-12-01T10:30:00Z"))).toBe(a);
    expect(await journalPositionAt(t.db)).toBe(b);
  });

  it("a follower applies other instances' entries in order and skips its own and those a broadcast brought", async () => {
    const { f, applied } = follower();
    await recordInJournal(t.db, [report("from-a")], "A");
    await recordInJournal(t.db, [report("own")], "B");
    const broadcast = await recordInJournal(t.db, [report("broadcast")], "A");
    markJournalEntryApplied(broadcast);
    await recordInJournal(t.db, [report("from-cli")], "import-cli");
    expect(await f.tick()).toBe(4);
    expect(applied).toEqual([[report("from-a")], [report("from-cli")]]);
    expect(await f.tick()).toBe(0);
    await recordInJournal(t.db, [report("later")], "A");
    await f.tick();
    expect(applied.at(-1)).toEqual([report("later")]);
  });

  it("stops at an entry it could not apply and tries it again on the next tick", async () => {
    let refusing = true;
    const { f, applied } = follower({ refuse: () => refusing });
    await recordInJournal(t.db, [report("a")], "A");
    await recordInJournal(t.db, [report("b")], "A");
    expect(await f.tick()).toBe(0);
    refusing = false;
    expect(await f.tick()).toBe(2);
    expect(applied).toEqual([[report("a")], [report("b")]]);
  });

  it("starts after the build's time, keeps its position in a file, and a restarted follower goes on from it", async () => {
    const positionFile = join(t.dir, "cache", "revalidation-journal-position");
    await recordInJournal(t.db, [report("before-build")], "A", new Date("2026-12-01T09:00:00Z"));
    const built = new Date("2026-12-01T10:00:00Z");
    const after = await recordInJournal(t.db, [report("after-build")], "A", new Date("2026-12-01T11:00:00Z"));
    const first = follower({ positionFile, startAfter: built });
    await first.f.tick();
    expect(first.applied).toEqual([[report("after-build")]]);
    expect(readFileSync(positionFile, "utf8")).toBe(String(after));

    // Down while another instance published: on restart it expires those pages first.
    await recordInJournal(t.db, [report("while-down")], "A");
    const restarted = follower({ positionFile, startAfter: new Date() });
    await restarted.f.tick();
    expect(restarted.applied).toEqual([[report("while-down")]]);
    expect(existsSync(positionFile)).toBe(true);
  });

  it("far behind, expires everything once instead of replaying each entry", async () => {
    const { f, applied } = follower();
    for (let i = 0; i <= CATCH_UP_LIMIT + 5; i++) await recordInJournal(t.db, [report(`r${i}`)], "A");
    await f.tick();
    expect(applied).toEqual([[{ kind: "import" }]]);
    expect(f.at).toBe(await journalPositionAt(t.db));
  });
});
