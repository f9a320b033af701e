/**
 * The Atom feeds and iCalendar files, read the way their readers read them: every feed through a
 * maintained feed parser (@rowanmanning/feed-parser), every calendar through ical.js, from the real
 * route handlers over a temporary libSQL database holding the demo packs, plus meetings added here
 * (one in British Summer Time, one cancelled, drafts that must never appear).
 *
 * `unstable_cache` is replaced by a small tagged cache (same contract: results kept until one of
 * their tags is revalidated), so the test also shows a publish reaching the feeds through
 * lib/publishing/change-targets.ts, and a write without revalidation not reaching them.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  process.env.SITE_URL = "https://committees.example.org";
  return { db: undefined as unknown as object, cache: new Map<string, { tags: string[]; value: unknown }>() };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({
  unstable_cache: <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keys: string[], options: { tags: string[] }) =>
    async (...args: A): Promise<R> => {
      const key = JSON.stringify([keys, args]);
      const hit = holder.cache.get(key);
      if (hit) return hit.value as R;
      const value = await fn(...args);
      holder.cache.set(key, { tags: options.tags, value });
      return value;
    },
  revalidateTag: (tag: string) => {
    for (const [key, entry] of holder.cache) if (entry.tags.includes(tag)) holder.cache.delete(key);
  },
  revalidatePath: () => {},
}));

const { importPackFile } = await import("@/lib/mutations/import-files");
const schema = await import("@/lib/db/schema");
const { changeTargets } = await import("@/lib/publishing/change-targets");
const { isPublicSlug, slugRouteOf } = await import("@/lib/queries/public-slugs");
const { revalidateTag } = await import("next/cache");
const { createTempDatabase } = await import("../support/temp-database");
const siteFeeds = await import("@/app/(public)/feeds/[file]/route");
const committeeFeeds = await import("@/app/(public)/committees/[slug]/feeds/[file]/route");
const meetingCalendar = await import("@/app/(public)/meetings/[slug]/calendar.ics/route");
const { committees, meetings, minutes, reports, resolutions } = schema;

const SITE = "https://committees.example.org";
const COMMITTEE = "communities-and-partnership-committee";
// Far enough ahead to stay "upcoming" for as long as this test lives.
const SUMMER = "2099-06-18-communities-and-partnership-committee";
const WINTER = "2099-01-15-communities-and-partnership-committee";
const DRAFT_MEETING = "2099-03-12-communities-and-partnership-committee";
const HIDDEN_COMMITTEE = "hidden-committee";

type Temp = Awaited<ReturnType<typeof createTempDatabase>>;
let temp: Temp;

async function get(handler: { GET: (r: Request, c: { params: Promise<never> }) => Promise<Response> }, path: string, params: object, headers: Record<string, string> = {}) {
  return handler.GET(new Request(`${SITE}${path}`, { headers }), { params: Promise.resolve(params as never) });
}
const siteFeed = (file: string) => get(siteFeeds, `/feeds/${file}`, { file });
const committeeFeed = (slug: string, file: string) => get(committeeFeeds, `/committees/${slug}/feeds/${file}`, { slug, file });

async function atom(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe("atom");
  return feed;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  status: string | null;
  /** The start as an instant (UTC ISO), read through the calendar's own VTIMEZONE. */
  start: string;
  end: string | null;
  tzid: string | null;
  allDay: boolean;
  location: string | null;
  url: string | null;
  description: string | null;
}

async function calendar(response: Response): Promise<ParsedEvent[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const root = new ICAL.Component(ICAL.parse(await response.text()));
  expect(root.getFirstPropertyValue("version")).toBe("2.0");
  const zones = root.getAllSubcomponents("vtimezone");
  expect(zones.map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/London"]);
  ICAL.TimezoneService.register(zones[0]);
  return root.getAllSubcomponents("vevent").map((v) => {
    const event = new ICAL.Event(v);
    const dtstart = v.getFirstProperty("dtstart")!;
    return {
      uid: event.uid,
      summary: event.summary,
      status: (v.getFirstPropertyValue("status") as string | null) ?? null,
      start: event.startDate.toJSDate().toISOString(),
      end: v.hasProperty("dtend") ? event.endDate.toJSDate().toISOString() : null,
      tzid: (dtstart.getParameter("tzid") as string | undefined) ?? null,
      allDay: event.startDate.isDate,
      location: event.location,
      url: (v.getFirstPropertyValue("url") as string | null) ?? null,
      description: event.description,
    };
  });
}

beforeAll(async () => {
  temp = await createTempDatabase();
  holder.db = temp.db;
  for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
    await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
  }
  const [committee] = await temp.db.select().from(committees).where(eq(committees.slug, COMMITTEE));
  await temp.db.insert(meetings).values([
    { committeeId: committee.id, slug: SUMMER, meetingDate: "2099-06-18", startTime: "14:00", endTime: "16:30", venue: "Council Chamber, New Shire Hall, Alconbury Weald" },
    { committeeId: committee.id, slug: WINTER, meetingDate: "2099-01-15", startTime: "10:00", isVirtual: true, virtualPlatforms: "Zoom", status: "cancelled", statusNote: "Cancelled: no business." },
    { committeeId: committee.id, slug: DRAFT_MEETING, meetingDate: "2099-03-12", startTime: "10:00", venue: "Draft venue", publication: "draft" },
  ]);
  const [hidden] = await temp.db.insert(committees).values({ authorityId: committee.authorityId, name: "Hidden Committee", slug: HIDDEN_COMMITTEE, publication: "draft" }).returning();
  await temp.db.insert(meetings).values({ committeeId: hidden.id, slug: "2099-04-01-hidden-committee", meetingDate: "2099-04-01", startTime: "10:00" });
});
afterAll(() => temp?.cleanup());

describe("the meetings calendar (iCalendar)", () => {
  it("puts every public meeting in Europe/London time, the BST one an hour ahead of UTC", async () => {
    const events = await calendar(await siteFeed("meetings.ics"));
    const bySlug = new Map(events.map((e) => [e.uid.replace(/^meeting-/, "").replace(/@.*$/, ""), e]));
    expect([...bySlug.keys()].sort()).toEqual([
      "2018-04-17-communities-and-partnership-committee", "2018-05-31-communities-and-partnership-committee",
      "2021-03-04-communities-and-partnership-committee", WINTER, SUMMER,
    ].sort());
    // 2pm on 31 May 2018 (BST, from the demo pack) is 13:00 UTC; 10am on 4 March 2021 (GMT) is 10:00 UTC.
    expect(bySlug.get("2018-05-31-communities-and-partnership-committee")).toMatchObject({
      tzid: "Europe/London", start: "2018-05-31T13:00:00.000Z", end: null, allDay: false,
      location: "Room 128, Shire Hall, Castle Hill, Cambridge, CB3 0AP", status: "CONFIRMED",
    });
    expect(bySlug.get("2021-03-04-communities-and-partnership-committee")).toMatchObject({
      tzid: "Europe/London", start: "2021-03-04T10:00:00.000Z", location: "Online (Zoom, Microsoft Teams)",
    });
    expect(bySlug.get(SUMMER)).toMatchObject({ start: "2099-06-18T13:00:00.000Z", end: "2099-06-18T15:30:00.000Z" });
    expect(bySlug.get("2018-04-17-communities-and-partnership-committee")).toMatchObject({ start: "2018-04-17T09:00:00.000Z", end: "2018-04-17T10:30:00.000Z" });
  });

  it("marks a cancelled meeting CANCELLED, says why, and links back to its page", async () => {
    const events = await calendar(await siteFeed("meetings.ics"));
    const winter = events.find((e) => e.uid === `meeting-${WINTER}@committees.example.org`)!;
    expect(winter).toMatchObject({ status: "CANCELLED", start: "2099-01-15T10:00:00.000Z", location: "Online (Zoom)", url: `${SITE}/meetings/${WINTER}` });
    expect(winter.summary).toBe("Cancelled: Communities and Partnership Committee");
    expect(winter.description).toContain("Cancelled: no business.");
    expect(winter.description).toContain(`${SITE}/meetings/${WINTER}`);
  });

  it("keeps UIDs stable between requests and unique within the file", async () => {
    const first = (await calendar(await siteFeed("meetings.ics"))).map((e) => e.uid);
    const second = (await calendar(await siteFeed("meetings.ics"))).map((e) => e.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("gives one meeting as an add-to-calendar download with the same UID", async () => {
    const response = await get(meetingCalendar, `/meetings/${SUMMER}/calendar.ics`, { slug: SUMMER });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${SUMMER}.ics"`);
    const events = await calendar(response);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `meeting-${SUMMER}@committees.example.org`, start: "2099-06-18T13:00:00.000Z", url: `${SITE}/meetings/${SUMMER}` });
  });

  it("serves a committee's calendar, and nothing for a draft committee or a draft meeting", async () => {
    const events = await calendar(await committeeFeed(COMMITTEE, "meetings.ics"));
    expect(events).toHaveLength(5);
    expect((await committeeFeed(HIDDEN_COMMITTEE, "meetings.ics")).status).toBe(404);
    expect((await committeeFeed("no-such-committee", "meetings.ics")).status).toBe(404);
    expect((await committeeFeed(COMMITTEE, "agenda.rss")).status).toBe(404);
    expect((await get(meetingCalendar, `/meetings/${DRAFT_MEETING}/calendar.ics`, { slug: DRAFT_MEETING })).status).toBe(404);
  });
});

describe("the proxy's slug gate", () => {
  it("answers a draft or unknown committee's feeds, and a draft meeting's calendar file, before any handler runs", async () => {
    const cases: [string, string, boolean][] = [
      [`/committees/${COMMITTEE}/feeds/meetings.atom`, COMMITTEE, true],
      [`/committees/${HIDDEN_COMMITTEE}/feeds/decisions.atom`, HIDDEN_COMMITTEE, false],
      ["/committees/no-such-committee/feeds/meetings.ics", "no-such-committee", false],
    ];
    for (const [path, slug, open] of cases) {
      expect(slugRouteOf(path)).toEqual({ route: "committees", slug });
      expect(await isPublicSlug("committees", slug, temp.db as never)).toBe(open);
    }
    expect(slugRouteOf(`/meetings/${SUMMER}/calendar.ics`)).toEqual({ route: "meetings", slug: SUMMER });
    expect(await isPublicSlug("meetings", DRAFT_MEETING, temp.db as never)).toBe(false);
    expect(slugRouteOf("/feeds/meetings.atom")).toBeNull();
    expect(slugRouteOf("/calendar")).toBeNull();
  });
});

describe("the Atom feeds", () => {
  it("lists upcoming meetings soonest first, then recent ones, with canonical links as ids", async () => {
    const feed = await atom(await siteFeed("meetings.atom"));
    expect(feed.self).toBe(`${SITE}/feeds/meetings.atom`);
    const ids = feed.items.map((i) => i.id);
    expect(ids).toEqual([
      `${SITE}/meetings/${WINTER}`, `${SITE}/meetings/${SUMMER}`,
      `${SITE}/meetings/2021-03-04-communities-and-partnership-committee`, `${SITE}/meetings/2018-05-31-communities-and-partnership-committee`,
      `${SITE}/meetings/2018-04-17-communities-and-partnership-committee`,
    ]);
    for (const item of feed.items) {
      expect(item.url).toBe(item.id);
      expect(item.updated).toBeInstanceOf(Date);
    }
    expect(feed.items[0].title).toBe("Cancelled: Communities and Partnership Committee, Thursday 15 January 2099");
    expect(feed.items[1].description).toContain("2pm to 4:30pm");
  });

  it("lists the published reports and minutes, and each report once", async () => {
    const feed = await atom(await siteFeed("documents.atom"));
    const publicReports = await temp.db.select({ slug: reports.slug }).from(reports);
    const reportIds = feed.items.filter((i) => i.id?.includes("/reports/")).map((i) => i.id);
    expect(reportIds.sort()).toEqual(publicReports.map((r) => `${SITE}/reports/${r.slug}`).sort());
    expect(feed.items.filter((i) => i.id?.endsWith("#minutes")).map((i) => i.title)).toEqual([
      "Minutes of the Communities and Partnership Committee meeting on Tuesday 17 April 2018",
    ]);
  });

  it("lists the published decisions with their meeting's date", async () => {
    const feed = await atom(await siteFeed("decisions.atom"));
    const all = await temp.db.select({ slug: resolutions.slug }).from(resolutions);
    expect(feed.items.map((i) => i.id).sort()).toEqual(all.map((r) => `${SITE}/decisions/${r.slug}`).sort());
    expect(feed.items[0].updated?.toISOString()).toBe("2018-04-17T00:00:00.000Z");
  });

  it("serves each feed for one committee, and 404 for a draft or unknown one", async () => {
    for (const file of ["meetings.atom", "documents.atom", "decisions.atom"]) {
      const feed = await atom(await committeeFeed(COMMITTEE, file));
      expect(feed.title).toContain("Communities and Partnership Committee");
      expect(feed.items.length).toBeGreaterThan(0);
      expect((await committeeFeed(HIDDEN_COMMITTEE, file)).status).toBe(404);
    }
  });

  it("answers a repeated request with 304 while nothing changed", async () => {
    const first = await siteFeed("decisions.atom");
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const again = await get(siteFeeds, "/feeds/decisions.atom", { file: "decisions.atom" }, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("drafts and publishing", () => {
  it("never shows a draft meeting, a draft committee's meeting, or a draft report", async () => {
    const [report] = await temp.db.select().from(reports).limit(1);
    await temp.db.update(reports).set({ publication: "draft" }).where(eq(reports.id, report.id));
    holder.cache.clear();
    const texts = await Promise.all(["meetings.atom", "documents.atom", "decisions.atom", "meetings.ics"].map(async (f) => (await siteFeed(f)).text()));
    for (const text of texts) {
      expect(text).not.toContain(DRAFT_MEETING);
      expect(text).not.toContain("hidden-committee");
      expect(text).not.toContain("Draft venue");
      expect(text).not.toContain(`/reports/${report.slug}`);
    }
    await temp.db.update(reports).set({ publication: "published" }).where(eq(reports.id, report.id));
    holder.cache.clear();
  });

  it("drops a meeting's decisions and minutes from the feeds when its minutes turn draft", async () => {
    const [m] = await temp.db.select({ id: minutes.id }).from(minutes).limit(1);
    await temp.db.update(minutes).set({ publication: "draft" }).where(eq(minutes.id, m.id));
    holder.cache.clear();
    expect((await atom(await siteFeed("decisions.atom"))).items).toEqual([]);
    expect((await atom(await siteFeed("documents.atom"))).items.filter((i) => i.id?.endsWith("#minutes"))).toEqual([]);
    await temp.db.update(minutes).set({ publication: "published" }).where(eq(minutes.id, m.id));
    holder.cache.clear();
  });

  it("shows a meeting in every feed once it is published and its change revalidated", async () => {
    const uid = `meeting-${DRAFT_MEETING}@committees.example.org`;
    await calendar(await siteFeed("meetings.ics")); // fill the cache
    await temp.db.update(meetings).set({ publication: "published" }).where(eq(meetings.slug, DRAFT_MEETING));
    // Until the change is revalidated, the cached feeds stand (a write alone is not a publish).
    expect((await calendar(await siteFeed("meetings.ics"))).map((e) => e.uid)).not.toContain(uid);
    const { tags } = await changeTargets(temp.db, [{ kind: "meeting", slug: DRAFT_MEETING, before: "draft", after: "published" }]);
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    expect((await calendar(await siteFeed("meetings.ics"))).map((e) => e.uid)).toContain(uid);
    expect((await calendar(await committeeFeed(COMMITTEE, "meetings.ics"))).map((e) => e.uid)).toContain(uid);
    expect((await atom(await siteFeed("meetings.atom"))).items.map((i) => i.id)).toContain(`${SITE}/meetings/${DRAFT_MEETING}`);
  });
});
