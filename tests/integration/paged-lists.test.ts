/**
 * Paged lists against a real database with more rows than a page: the demo packs plus 120
 * synthetic meetings and 70 actions. Pages come from SQL (LIMIT/OFFSET and a COUNT), follow the
 * visibility rule, cover the list exactly once in order, and the proxy's page gate refuses page
 * numbers that are malformed or past the end without rendering.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { and, asc, desc, eq, like } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  return { db: undefined as unknown as object };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { importPackFile } = await import("@/lib/mutations/import-files");
const { actions, appointments, attendance, outsideBodies, strategies, budgetLines, budgetLineValues, committees, fundingFacts, meetings, minutes, people, reportContacts, reports } = await import("@/lib/db/schema");
const { listCommitteePlanEditionsPage, listPlanEditions } = await import("@/lib/queries/plans");
const { listStrategiesPage } = await import("@/lib/queries/strategies");
const { listPublishedPeople } = await import("@/lib/queries/people");
const { listOutsideBodiesPage } = await import("@/lib/queries/outside-bodies");
const { listFinanceReportsPage, listFundingFactsPage, listRecurringBudgetLinesPage } = await import("@/lib/queries/funding");
const { getPersonBySlug, listPersonAttendancePage, listPersonReportsPage, PERSON_PAGE_LATEST } = await import("@/lib/queries/people");
const { countPublicMeetings, listMeetingsBetween, listMeetingsPage, listPublishedMeetings, listRecentMeetings, listUpcomingMeetings, meetingDatesAround } = await import("@/lib/queries/meetings");
const { listActionsPage } = await import("@/lib/queries/actions");
const { listReportsPage } = await import("@/lib/queries/reports");
const { countListRows } = await import("@/lib/queries/list-counts");
const { filterDecisions, listDecisionFilterOptions, listDecisionsPage, listPublishedDecisions } = await import("@/lib/queries/decisions");
const { gatePageNumber } = await import("@/lib/publishing/page-gate");
const { PAGE_SIZE, pageCount } = await import("@/lib/pagination/page-model");
const { createTempDatabase } = await import("../support/temp-database");

const EXTRA_MEETINGS = 120;
const EXTRA_ACTIONS = 70;
/** A synthetic meeting's number: its date grows with it. */
const index = (slug: string) => Number(slug.replace("synthetic-meeting-", ""));

describe("paged lists", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let committeeId: number;
  let committeeSlug: string;

  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
      await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
    }
    const [c] = await temp.db.select({ id: committees.id, slug: committees.slug }).from(committees).orderBy(asc(committees.id)).limit(1);
    committeeId = c.id;
    committeeSlug = c.slug;
    // One meeting a month from 2000 on, all before the demo's meetings; one of them a draft.
    await temp.db.insert(meetings).values(Array.from({ length: EXTRA_MEETINGS }, (_, i) => ({
      committeeId, slug: `synthetic-meeting-${i}`,
      meetingDate: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-15`, status: "held" as const,
      publication: i === 7 ? ("draft" as const) : ("published" as const),
    })));
    await temp.db.insert(actions).values(Array.from({ length: EXTRA_ACTIONS }, (_, i) => ({
      committeeId, slug: `synthetic-action-${i}`, description: `Synthetic action ${i}`, originMeetingDate: `2001-01-${String((i % 28) + 1).padStart(2, "0")}`,
      isComplete: i % 3 === 0, publication: "published" as const,
    })));
  });
  afterAll(() => temp?.cleanup());

  /**
   * A councillor at every synthetic meeting, and a report contact for each: more rows than two
   * pages. Meeting 7 is a draft, meeting 9's minutes and meeting 11's report are drafts, so each
   * list has one row the public must not see. A draft person has the same record and no lists.
   */
  async function addPersonRecords() {
    const synthetic = await temp.db.select({ id: meetings.id, slug: meetings.slug }).from(meetings).where(like(meetings.slug, "synthetic-meeting-%"));
    const [person, draft] = await temp.db.insert(people).values([
      { slug: "synthetic-councillor", fullName: "Sam Synthetic", isCouncillor: true, publication: "published" as const },
      { slug: "draft-councillor", fullName: "Dee Draft", isCouncillor: true, publication: "draft" as const },
    ]).returning({ id: people.id });
    const minutesRows = await temp.db.insert(minutes).values(synthetic.map((m) => ({
      meetingId: m.id, publication: index(m.slug) === 9 ? ("draft" as const) : ("published" as const),
    }))).returning({ id: minutes.id });
    await temp.db.insert(attendance).values(minutesRows.flatMap((mi, i) => [person, draft].map((p) => ({
      minutesId: mi.id, personId: p.id, nameAsPrinted: "Councillor S Synthetic", status: i % 4 === 0 ? ("apologies" as const) : ("present" as const), sortOrder: 1,
    }))));
    const reportRows = await temp.db.insert(reports).values(synthetic.map((m) => ({
      meetingId: m.id, slug: `synthetic-report-${index(m.slug)}`, title: `Synthetic report ${index(m.slug)}`,
      publication: index(m.slug) === 11 ? ("draft" as const) : ("published" as const),
    }))).returning({ id: reports.id });
    await temp.db.insert(reportContacts).values(reportRows.map((r, i) => ({
      reportId: r.id, personId: person.id, contactType: i % 2 === 0 ? ("officer" as const) : ("member" as const), name: "Sam Synthetic",
    })));
  }

  describe("a person's records", () => {
    beforeAll(addPersonRecords);
    // 120 synthetic meetings less the draft meeting and the draft minutes (or report).
    const VISIBLE = EXTRA_MEETINGS - 2;

    it("pages a person's attendance in SQL, newest first, each public row once", async () => {
      expect(await countListRows("person-attendance", "synthetic-councillor")).toBe(VISIBLE);
      const pages = pageCount(VISIBLE);
      expect(pages).toBe(3);
      const seen: string[] = [];
      for (let p = 1; p <= pages; p++) {
        const page = await listPersonAttendancePage(p, "synthetic-councillor");
        expect(page.total).toBe(VISIBLE);
        seen.push(...page.rows.map((r) => r.meeting.slug));
      }
      expect(new Set(seen).size).toBe(VISIBLE);
      expect(seen).not.toContain("synthetic-meeting-7");
      expect(seen).not.toContain("synthetic-meeting-9");
      expect(seen).toEqual([...seen].sort((a, b) => index(b) - index(a)));
      expect((await listPersonAttendancePage(1, "draft-councillor")).total).toBe(0);
    });

    it("pages the reports naming a person as a contact, public reports only", async () => {
      const first = await listPersonReportsPage(1, "synthetic-councillor");
      expect(first.total).toBe(VISIBLE);
      expect(first.rows.length).toBe(PAGE_SIZE);
      const last = await listPersonReportsPage(3, "synthetic-councillor");
      expect(last.rows.length).toBe(VISIBLE - 2 * PAGE_SIZE);
      const slugs = [...first.rows, ...(await listPersonReportsPage(2, "synthetic-councillor")).rows, ...last.rows].map((r) => r.report.slug);
      expect(new Set(slugs).size).toBe(VISIBLE);
      expect(slugs).not.toContain("synthetic-report-11");
      expect(slugs).not.toContain("synthetic-report-7");
    });

    it("shows the latest rows on the person's page, with totals of the whole record", async () => {
      const person = (await getPersonBySlug("synthetic-councillor"))!;
      expect(person.attendance.map((r) => r.meeting.slug)).toEqual((await listPersonAttendancePage(1, "synthetic-councillor")).rows.slice(0, PERSON_PAGE_LATEST).map((r) => r.meeting.slug));
      expect(person.attendanceTotal).toBe(VISIBLE);
      expect(person.attendanceCounts.present + person.attendanceCounts.apologies).toBe(VISIBLE);
      expect(person.contactTotals.member + person.contactTotals.officer).toBe(VISIBLE);
      expect(person.officerContactFor.length).toBe(PERSON_PAGE_LATEST);
      expect(person.memberContactFor.every((r) => r.contactType === "member")).toBe(true);
      expect(await getPersonBySlug("draft-councillor")).toBeNull();
    });

    it("gates a person's later pages by their own count", async () => {
      const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));
      expect(await gatePageNumber(request("/people/synthetic-councillor/attendance/page/3"))).toBeNull();
      expect((await gatePageNumber(request("/people/synthetic-councillor/attendance/page/4")))?.status).toBe(404);
      expect((await gatePageNumber(request("/people/draft-councillor/reports/page/2")))?.status).toBe(404);
      const first = await gatePageNumber(request("/people/synthetic-councillor/reports/page/1"));
      expect(new URL(first!.headers.get("Location")!).pathname).toBe("/people/synthetic-councillor/reports");
    });
  });

  it("counts public rows only", async () => {
    const all = await temp.db.select({ slug: meetings.slug, publication: meetings.publication }).from(meetings);
    expect(all.length).toBeGreaterThan(2 * PAGE_SIZE);
    expect(await countListRows("meetings")).toBe(all.filter((m) => m.publication === "published").length);
  });

  it("covers the meetings list exactly once, newest first, page by page", async () => {
    const total = await countListRows("meetings");
    const pages = pageCount(total);
    expect(pages).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = await listMeetingsPage(p, "");
      expect(page.total).toBe(total);
      expect(page.meetings.length).toBe(p < pages ? PAGE_SIZE : total - PAGE_SIZE * (pages - 1));
      seen.push(...page.meetings.map((m) => m.slug));
    }
    expect(new Set(seen).size).toBe(total);
    expect(seen).not.toContain("synthetic-meeting-7");
    const expected = (await temp.db.select({ slug: meetings.slug }).from(meetings).innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(eq(meetings.publication, "published")).orderBy(desc(meetings.meetingDate), asc(committees.name), asc(meetings.id))).map((m) => m.slug);
    expect(seen).toEqual(expected);
    expect((await listMeetingsPage(pages + 1, "")).meetings).toEqual([]);
  });

  it("scopes a committee's meetings to that committee", async () => {
    const page = await listMeetingsPage(2, committeeSlug);
    expect(page.meetings.length).toBe(PAGE_SIZE);
    expect(page.meetings.every((m) => m.committeeSlug === committeeSlug)).toBe(true);
    expect((await listMeetingsPage(1, "no-such-committee")).total).toBe(0);
  });

  it("pages actions by status in SQL, with the counts of each filter", async () => {
    const open = await listActionsPage("open", 1, "");
    const completed = await listActionsPage("completed", 1, "");
    const rows = await temp.db.select({ isComplete: actions.isComplete }).from(actions).where(eq(actions.publication, "published"));
    expect(open.counts).toEqual({ all: rows.length, open: rows.filter((r) => !r.isComplete).length, completed: rows.filter((r) => r.isComplete).length });
    expect(open.actions.every((a) => !a.isComplete)).toBe(true);
    expect(completed.actions.every((a) => a.isComplete)).toBe(true);
    const all2 = await listActionsPage("all", 2, "");
    expect(all2.actions.length).toBe(Math.min(PAGE_SIZE, rows.length - PAGE_SIZE));
    const committeeActions = await listActionsPage("all", 1, committeeSlug);
    const own = await temp.db.select({ id: actions.id }).from(actions).where(and(eq(actions.committeeId, committeeId), eq(actions.publication, "published")));
    expect(committeeActions.total).toBe(own.length);
  });

  it("pages reports, keeping each meeting's reports in agenda order", async () => {
    const first = await listReportsPage(1);
    expect(first.total).toBe(await countListRows("reports"));
    expect(first.reports.length).toBe(Math.min(PAGE_SIZE, first.total));
  });

  it("filters decisions in SQL as the whole list filtered in memory would", async () => {
    const all = await listPublishedDecisions();
    expect(all.length).toBeGreaterThan(1);
    const options = await listDecisionFilterOptions();
    expect((await listDecisionsPage("", "", "", 1)).decisions).toEqual(all.slice(0, PAGE_SIZE));
    for (const year of options.years) {
      const page = await listDecisionsPage("", year, "", 1);
      expect(page.decisions, year).toEqual(filterDecisions(all, { year }));
      expect(page.total).toBe(page.decisions.length);
    }
    for (const outcome of options.outcomes) {
      expect((await listDecisionsPage(options.committees[0].slug, "", outcome, 1)).decisions, outcome)
        .toEqual(filterDecisions(all, { committee: options.committees[0].slug, outcome }));
    }
    const first = await listDecisionsPage("", "", "", 1);
    for (const d of first.decisions) {
      const siblings = all.filter((x) => x.meeting.slug === d.meeting.slug && x.minuteAnchor === d.minuteAnchor);
      expect(first.positions[d.slug]).toEqual({ position: siblings.findIndex((x) => x.slug === d.slug) + 1, of: siblings.length });
    }
  });

  /**
   * Budget tables printed outside any report at every synthetic meeting (a finance report each),
   * 60 budget lines each printed at two meetings (recurring) and one printed once, and two sums
   * quoted in each synthetic meeting's pack. Meeting 7 is a draft: its figures are not public.
   */
  describe("the funding lists", () => {
    const LINES = 60;
    let synthetic: { id: number; slug: string }[];
    beforeAll(async () => {
      synthetic = (await temp.db.select({ id: meetings.id, slug: meetings.slug }).from(meetings).where(like(meetings.slug, "synthetic-meeting-%")))
        .sort((a, b) => index(a.slug) - index(b.slug));
      const lines = await temp.db.insert(budgetLines).values(Array.from({ length: LINES + 1 }, (_, i) => ({
        committeeId, name: `Synthetic line ${String(i).padStart(3, "0")}`, nameKey: `synthetic line ${i}`,
      }))).returning({ id: budgetLines.id });
      await temp.db.insert(budgetLineValues).values(synthetic.flatMap((m, mi) => lines.flatMap((l, li) => {
        // Line li is printed at meetings 2li and 2li+1 (60 recurring lines, a table at every meeting); the last line only at meeting 0.
        const at = li === LINES ? mi === 0 : Math.floor(mi / 2) === li;
        return at ? [{ budgetLineId: l.id, meetingId: m.id, tableName: "Budget for this committee", lineAsPrinted: "x", unit: "GBP_thousands" as const, budget: 1, sortOrder: li }] : [];
      })));
      await temp.db.insert(fundingFacts).values(synthetic.flatMap((m) => [1, 2].map((k) => ({
        meetingId: m.id, label: `sum ${k}`, amountGbp: 1000 * k, asPrinted: `£${k}k`, sortOrder: k,
      }))));
    });

    it("pages finance reports in SQL, newest first, one per meeting's tables, public meetings only", async () => {
      const demo = await countListRows("funding-reports");
      const slugs: string[] = [];
      for (let p = 1; p <= pageCount(demo); p++) slugs.push(...(await listFinanceReportsPage(p)).reports.map((r) => r.report.slug));
      expect(slugs.length).toBe(demo);
      expect(new Set(slugs).size).toBe(demo);
      for (const m of synthetic) expect(slugs.includes(`${m.slug}-budget-tables`), m.slug).toBe(index(m.slug) !== 7);
      const latest = await listFinanceReportsPage(1, 3);
      expect(latest.reports.map((r) => r.report.slug)).toEqual(slugs.slice(0, 3));
      expect(latest.reports[0].table).not.toBeNull();
    });

    it("pages budget lines printed for more than one meeting, A to Z, with their meeting counts", async () => {
      const all = [];
      const total = await countListRows("funding-lines");
      for (let p = 1; p <= pageCount(total); p++) all.push(...(await listRecurringBudgetLinesPage(p)).lines);
      const synth = all.filter((l) => l.name.startsWith("Synthetic line"));
      // Line 3 was printed at meetings 6 and 7; meeting 7 is a draft, so it is no longer recurring.
      expect(synth.map((l) => l.name)).toEqual(Array.from({ length: LINES }, (_, i) => `Synthetic line ${String(i).padStart(3, "0")}`).filter((n) => n !== "Synthetic line 003"));
      expect(synth.every((l) => l.meetingCount === 2)).toBe(true);
      expect(all.length).toBe(total);
      expect(total).toBeGreaterThan(PAGE_SIZE);
    });

    it("pages the sums quoted, a group per report or pack, whole groups on each page", async () => {
      const first = await listFundingFactsPage(1);
      expect(first.groups.length).toBe(PAGE_SIZE);
      const groups = [];
      for (let p = 1; p <= pageCount(first.total); p++) groups.push(...(await listFundingFactsPage(p)).groups);
      expect(groups.length).toBe(first.total);
      expect(new Set(groups.map((g) => g.anchor)).size).toBe(first.total);
      expect(groups.reduce((n, g) => n + g.facts.length, 0)).toBe(first.sums);
      expect(groups.map((g) => g.anchor)).not.toContain("facts-synthetic-meeting-7-other");
      expect(groups.find((g) => g.anchor === "facts-synthetic-meeting-8-other")?.facts.map((f) => f.label)).toEqual(["sum 1", "sum 2"]);
      const dates = groups.map((g) => g.meeting.date);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it("gates the funding lists' later pages", async () => {
      const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));
      const last = pageCount(await countListRows("funding-reports"));
      expect(await gatePageNumber(request(`/funding/reports/page/${last}`))).toBeNull();
      expect((await gatePageNumber(request(`/funding/reports/page/${last + 1}`)))?.status).toBe(404);
      expect(await gatePageNumber(request("/funding/facts/page/2"))).toBeNull();
      expect((await gatePageNumber(request("/funding/lines/page/1")))?.status).toBe(308);
    });
  });

  describe("strategies and outside bodies", () => {
    beforeAll(async () => {
      const synthetic = await temp.db.select({ id: meetings.id, slug: meetings.slug }).from(meetings).where(like(meetings.slug, "synthetic-meeting-%"));
      // A plan at each of 60 meetings; the one at draft meeting 7 is hidden by its meeting.
      await temp.db.insert(strategies).values(synthetic.filter((m) => index(m.slug) < 60).map((m) => ({
        committeeId, meetingId: m.id, slug: `synthetic-plan-${index(m.slug)}`, title: `Synthetic plan ${index(m.slug)}`, publication: "published" as const,
      })));
      // 60 bodies, one a draft; each with one representative.
      const bodies = await temp.db.insert(outsideBodies).values(Array.from({ length: 60 }, (_, i) => ({
        slug: `synthetic-body-${i}`, nameKey: `synthetic body ${i}`, name: `Synthetic Body ${String(i).padStart(2, "0")}`,
        publication: i === 5 ? ("draft" as const) : ("published" as const),
      }))).returning({ id: outsideBodies.id });
      await temp.db.insert(appointments).values(bodies.map((b, i) => ({ outsideBodyId: b.id, nameAsPrinted: `Councillor Rep ${i}` })));
    });

    it("pages strategies in SQL, newest meeting first, public ones only", async () => {
      const total = await countListRows("strategies");
      const all = [];
      for (let p = 1; p <= pageCount(total); p++) all.push(...(await listStrategiesPage(p)).strategies);
      expect(total).toBeGreaterThan(PAGE_SIZE);
      expect(all.length).toBe(total);
      expect(all.map((s) => s.slug)).not.toContain("synthetic-plan-7");
      expect(all.filter((s) => s.slug.startsWith("synthetic-plan-")).length).toBe(59);
      const dates = all.map((s) => s.meeting.date);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it("pages outside bodies A to Z, each with its own representatives", async () => {
      const total = await countListRows("outside-bodies");
      const all = [];
      for (let p = 1; p <= pageCount(total); p++) all.push(...(await listOutsideBodiesPage(p)).bodies);
      expect(all.length).toBe(total);
      const synth = all.filter((b) => b.slug.startsWith("synthetic-body-"));
      expect(synth.length).toBe(59);
      expect(synth.map((b) => b.slug)).not.toContain("synthetic-body-5");
      for (const b of synth) expect(b.representatives.map((r) => r.nameAsPrinted), b.slug).toEqual([`Councillor Rep ${b.slug.replace("synthetic-body-", "")}`]);
      expect((await gatePageNumber(new NextRequest(new URL("http://localhost:3000/outside-bodies/page/2"))))).toBeNull();
      expect((await gatePageNumber(new NextRequest(new URL(`http://localhost:3000/strategies/page/${pageCount(await countListRows("strategies")) + 1}`))))?.status).toBe(404);
    });
  });

  it("pages a committee's printed plans as the whole list of editions filtered to it", async () => {
    const editions = await listPlanEditions();
    const slugs = [...new Set(editions.map((e) => e.committee.slug))];
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const page = await listCommitteePlanEditionsPage(1, slug);
      const own = editions.filter((e) => e.committee.slug === slug);
      expect(page.total, slug).toBe(own.length);
      expect(page.editions.map((e) => e.printedWith.slug), slug).toEqual(own.map((e) => e.printedWith.slug));
      expect((await gatePageNumber(new NextRequest(new URL(`http://localhost:3000/committees/${slug}/plans/page/2`))))?.status).toBe(own.length > PAGE_SIZE ? undefined : 404);
    }
    expect((await listCommitteePlanEditionsPage(1, "no-such-committee")).total).toBe(0);
  });

  describe("the home page's and the calendar's bounded reads", () => {
    it("equal the whole meetings list filtered in memory, as the pages read it before", async () => {
      const all = await listPublishedMeetings();
      expect(await countPublicMeetings()).toBe(all.length);
      expect(await listRecentMeetings(20)).toEqual(all.filter((m) => m.status !== "upcoming").slice(0, 20));
      expect((await listUpcomingMeetings(10)).map((m) => m.slug)).toEqual(all.filter((m) => m.status === "upcoming").reverse().slice(0, 10).map((m) => m.slug));
      for (const key of ["2003-04", "2018-04", "2021-03", "1999-01"]) {
        const inMonth = all.filter((m) => m.date.startsWith(`${key}-`));
        expect((await listMeetingsBetween(`${key}-01`, `${key}-31`)).map((m) => m.slug).sort(), key).toEqual(inMonth.map((m) => m.slug).sort());
        const around = await meetingDatesAround(`${key}-01`, `${key}-31`, "2019-01-01");
        expect(around.earlier, key).toBe(all.find((m) => m.date < `${key}-01`)?.date ?? null);
        expect(around.later, key).toBe([...all].reverse().find((m) => m.date > `${key}-31`)?.date ?? null);
        expect(around.latest?.date).toBe(all.find((m) => m.date < "2019-01-01")?.date);
      }
      // The draft synthetic meeting (2000-08) is not in its month.
      expect((await listMeetingsBetween("2000-08-01", "2000-08-31")).map((m) => m.slug)).toEqual([]);
    });
  });

  describe("the people list", () => {
    it("pages everyone, councillors then officers, each by surname, with the gate agreeing on the count", async () => {
      await temp.db.insert(people).values(Array.from({ length: 60 }, (_, i) => ({
        slug: `listed-officer-${i}`, fullName: `Officer ${String.fromCharCode(65 + (i % 26))}${i}son`, isCouncillor: false,
        publication: i === 3 ? ("draft" as const) : ("published" as const),
      })));
      const everyone = await listPublishedPeople();
      expect(everyone.some((p) => p.slug === "listed-officer-3")).toBe(false);
      expect(await countListRows("people")).toBe(everyone.length);
      const last = pageCount(everyone.length);
      expect(last).toBeGreaterThan(1);
      const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));
      expect(await gatePageNumber(request(`/people/page/${last}`))).toBeNull();
      expect((await gatePageNumber(request(`/people/page/${last + 1}`)))?.status).toBe(404);
      expect((await gatePageNumber(request("/people/page/1")))?.status).toBe(308);
      // A person's own address is not a page of the list.
      expect(await gatePageNumber(request("/people/listed-officer-1"))).toBeNull();
    });
  });

  describe("the proxy's page gate", () => {
    const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));

    it("refuses page numbers that are not plain whole numbers, with the not-found page and no caching", async () => {
      for (const bad of ["abc", "0", "02", "2.5", "-1", "1e3", "%E0%A4%A"]) {
        const response = await gatePageNumber(request(`/meetings/page/${bad}`));
        expect(response?.status, bad).toBe(404);
        expect(response?.headers.get("Cache-Control")).toBe("private, no-store");
      }
    });

    it("sends page 1 to the list's own address", async () => {
      const response = await gatePageNumber(request("/actions/open/page/1"));
      expect(response?.status).toBe(308);
      expect(new URL(response!.headers.get("Location")!).pathname).toBe("/actions/open");
      const scoped = await gatePageNumber(request(`/committees/${committeeSlug}/meetings/page/1`));
      expect(new URL(scoped!.headers.get("Location")!).pathname).toBe(`/committees/${committeeSlug}/meetings`);
    });

    it("lets through pages in range and refuses those past the end", async () => {
      const last = pageCount(await countListRows("meetings"));
      expect(await gatePageNumber(request(`/meetings/page/${last}`))).toBeNull();
      expect((await gatePageNumber(request(`/meetings/page/${last + 1}`)))?.status).toBe(404);
      expect((await gatePageNumber(request("/meetings/page/999")))?.status).toBe(404);
      expect(await gatePageNumber(request(`/committees/${committeeSlug}/meetings/page/2`))).toBeNull();
      expect((await gatePageNumber(request("/committees/no-such-committee/meetings/page/2")))?.status).toBe(404);
    });

    it("leaves other addresses and methods alone", async () => {
      expect(await gatePageNumber(request("/meetings"))).toBeNull();
      expect(await gatePageNumber(request("/meetings/2021-03-04-communities-and-partnership-committee"))).toBeNull();
      expect(await gatePageNumber(new NextRequest(new URL("http://localhost:3000/meetings/page/abc"), { method: "POST" }))).toBeNull();
    });
  });
});
