/**
 * The open-data API (/api/v1) against a real temporary libSQL database holding the demo packs:
 * the OpenAPI document is valid, every response matches its schema in that document, pagination,
 * conditional requests, CORS and bad parameters behave, CSV is safe to open, the agenda-pack export
 * meets its contract, and drafts never appear.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { eq } from "drizzle-orm";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const holder = vi.hoisted(() => {
  process.env.DATABASE_URL = "file::memory:";
  process.env.SITE_URL = "http://localhost:3000";
  return { db: undefined as unknown as object };
});
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/database-stand-in")).withDatabaseStandIn(await importOriginal<typeof import("@/lib/db")>(), holder));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const { importPackFile } = await import("@/lib/mutations/import-files");
const schema = await import("@/lib/db/schema");
const { createTempDatabase } = await import("../support/temp-database");
const { call, schemaChecker } = await import("../support/api-harness");
type RouteModule = import("../support/api-harness").RouteModule;

const routes = {
  committees: await import("@/app/api/v1/committees/route"),
  committee: await import("@/app/api/v1/committees/[id]/route"),
  meetings: await import("@/app/api/v1/meetings/route"),
  meeting: await import("@/app/api/v1/meetings/[id]/route"),
  agendaPack: await import("@/app/api/v1/meetings/[id]/agenda-pack/route"),
  reports: await import("@/app/api/v1/reports/route"),
  report: await import("@/app/api/v1/reports/[id]/route"),
  resolutions: await import("@/app/api/v1/resolutions/route"),
  resolution: await import("@/app/api/v1/resolutions/[id]/route"),
  resolutionsCsv: await import("@/app/api/v1/resolutions.csv/route"),
  actions: await import("@/app/api/v1/actions/route"),
  action: await import("@/app/api/v1/actions/[id]/route"),
  actionsCsv: await import("@/app/api/v1/actions.csv/route"),
  people: await import("@/app/api/v1/people/route"),
  person: await import("@/app/api/v1/people/[id]/route"),
  memberships: await import("@/app/api/v1/memberships/route"),
  outsideBodies: await import("@/app/api/v1/outside-bodies/route"),
  outsideBody: await import("@/app/api/v1/outside-bodies/[id]/route"),
  appointments: await import("@/app/api/v1/appointments/route"),
  appointmentsCsv: await import("@/app/api/v1/appointments.csv/route"),
  budgetLines: await import("@/app/api/v1/budget-lines/route"),
  budgetLinesCsv: await import("@/app/api/v1/budget-lines.csv/route"),
  fundingFacts: await import("@/app/api/v1/funding-facts/route"),
  fundingFactsCsv: await import("@/app/api/v1/funding-facts.csv/route"),
  agendaPlans: await import("@/app/api/v1/agenda-plans/route"),
  strategies: await import("@/app/api/v1/strategies/route"),
  strategy: await import("@/app/api/v1/strategies/[id]/route"),
  ocdEvents: await import("@/app/api/v1/ocd/events/route"),
  popolo: await import("@/app/api/v1/popolo.json/route"),
  openapi: await import("@/app/api/v1/openapi.json/route"),
  search: await import("@/app/api/v1/search/route"),
} satisfies Record<string, RouteModule>;

/** Each collection: its list route, its record route (if any), its address and component name. */
const COLLECTIONS: [string, RouteModule, RouteModule | null, string][] = [
  ["/committees", routes.committees, routes.committee, "Committee"],
  ["/meetings", routes.meetings, routes.meeting, "Meeting"],
  ["/reports", routes.reports, routes.report, "Report"],
  ["/resolutions", routes.resolutions, routes.resolution, "Resolution"],
  ["/actions", routes.actions, routes.action, "Action"],
  ["/people", routes.people, routes.person, "Person"],
  ["/memberships", routes.memberships, null, "Membership"],
  ["/outside-bodies", routes.outsideBodies, routes.outsideBody, "OutsideBody"],
  ["/appointments", routes.appointments, null, "Appointment"],
  ["/budget-lines", routes.budgetLines, null, "BudgetLine"],
  ["/funding-facts", routes.fundingFacts, null, "FundingFact"],
  ["/agenda-plans", routes.agendaPlans, null, "AgendaPlanEntry"],
  ["/strategies", routes.strategies, routes.strategy, "Strategy"],
];

const api = (path: string) => `/api/v1${path}`;

describe("the open-data API", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let document: Record<string, unknown>;
  let check: ReturnType<typeof schemaChecker>;

  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
      await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
    }
    document = (await call(routes.openapi, api("/openapi.json"))).body;
    check = schemaChecker(document);
  });
  afterAll(() => temp?.cleanup());

  it("publishes a valid OpenAPI 3.1 document that lists every address", async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? [], "OpenAPI validator").toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    const paths = Object.keys(document.paths as object);
    for (const [path, , record] of COLLECTIONS) {
      expect(paths).toContain(path);
      if (record) expect(paths).toContain(`${path}/{id}`);
    }
    expect(paths).toEqual(expect.arrayContaining(["/resolutions.csv", "/meetings/{id}/agenda-pack", "/popolo.json", "/ocd/events"]));
  });

  it("answers every collection and record with data that matches its schema in the document", async () => {
    for (const [path, list, record, name] of COLLECTIONS) {
      const res = await call(list, api(path));
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      check(`${name}List`, res.body);
      expect(res.body.data.length, `${path} has records`).toBeGreaterThan(0);
      expect(res.body.meta.total).toBeGreaterThanOrEqual(res.body.data.length);
      if (!record) continue;
      const first = res.body.data[0];
      const one = await call(record, api(`${path}/${first.id}`), { id: String(first.id) });
      expect(one.status, `${path}/${first.id}`).toBe(200);
      check(`${name}Record`, one.body);
      expect(one.body.data.id).toBe(first.id);
      expect(one.body.links.self).toBe(`http://localhost:3000/api/v1${path}/${first.id}`);
    }
    for (const [route, path, name] of [[routes.ocdEvents, "/ocd/events", "OcdEventList"], [routes.popolo, "/popolo.json", "PopoloExport"]] as const) {
      const res = await call(route, api(path));
      expect(res.status).toBe(200);
      check(name, res.body);
    }
  });

  it("documents the search endpoint with the schemas its answers match", async () => {
    expect(Object.keys(document.paths as object)).toContain("/search");
    const found = await call(routes.search, api("/search?q=local%20assistance%20scheme"));
    expect(found.status).toBe(200);
    check("SearchResponse", found.body);
    expect(found.body.total).toBeGreaterThan(0);
    const none = await call(routes.search, api("/search?q=zzzqqqxx"));
    check("SearchResponse", none.body);
    expect(none.body.total).toBe(0);
  });

  it("gives a meeting's agenda with links to its public reports, and resolutions with their votes", async () => {
    const meetings = (await call(routes.meetings, api("/meetings?per_page=200"))).body.data as { id: number; slug: string }[];
    const withAgenda = await Promise.all(meetings.map(async (m) => (await call(routes.meeting, api(`/meetings/${m.id}`), { id: String(m.id) })).body.data));
    const linked = withAgenda.flatMap((m) => m.agenda).filter((i: { report: unknown }) => i.report);
    expect(linked.length).toBeGreaterThan(5);
    const resolutions = (await call(routes.resolutions, api("/resolutions?per_page=200"))).body.data;
    expect(resolutions.some((r: { outcome: string | null; votes: { for: number | null } }) => r.outcome === "majority" && r.votes.for === 7)).toBe(true);
  });

  it("pages with links: first, next, prev, last, and a Link header", async () => {
    const all = (await call(routes.meetings, api("/meetings?per_page=200"))).body;
    const total = all.meta.total as number;
    expect(total).toBeGreaterThan(2);
    const first = await call(routes.meetings, api("/meetings?per_page=1"));
    expect(first.body.meta).toEqual({ page: 1, perPage: 1, total, totalPages: total });
    expect(first.body.links.prev).toBeNull();
    expect(first.body.links.next).toBe("http://localhost:3000/api/v1/meetings?per_page=1&page=2");
    expect(first.body.links.last).toBe(`http://localhost:3000/api/v1/meetings?per_page=1&page=${total}`);
    expect(first.headers.get("link")).toContain('rel="next"');
    const second = await call(routes.meetings, new URL(first.body.links.next).pathname + new URL(first.body.links.next).search);
    expect(second.body.data[0].id).toBe(all.data[1].id);
    expect(second.body.links.prev).toBe("http://localhost:3000/api/v1/meetings?per_page=1&page=1");
    const last = await call(routes.meetings, api(`/meetings?per_page=1&page=${total}`));
    expect(last.body.links.next).toBeNull();
    expect(last.body.data[0].id).toBe(all.data[total - 1].id);
  });

  it("answers 304 to If-None-Match and If-Modified-Since, and 200 once the data changed", async () => {
    const first = await call(routes.committees, api("/committees"));
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(lastModified)).not.toBeNaN();
    const byTag = await call(routes.committees, api("/committees"), {}, { "If-None-Match": `W/"other", ${etag}` });
    expect(byTag.status).toBe(304);
    expect(byTag.text).toBe("");
    expect(byTag.headers.get("etag")).toBe(etag);
    expect((await call(routes.committees, api("/committees"), {}, { "If-Modified-Since": lastModified })).status).toBe(304);
    expect((await call(routes.committees, api("/committees"), {}, { "If-Modified-Since": "Mon, 01 Jan 2018 00:00:00 GMT" })).status).toBe(200);
    const [c] = await temp.db.select().from(schema.committees).limit(1);
    await temp.db.update(schema.committees).set({ description: "Changed for the ETag test", updatedAt: new Date(Date.now() + 5_000).toISOString() }).where(eq(schema.committees.id, c.id));
    const changed = await call(routes.committees, api("/committees"), {}, { "If-None-Match": etag, "If-Modified-Since": lastModified });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await temp.db.update(schema.committees).set({ description: c.description }).where(eq(schema.committees.id, c.id));
  });

  it("is open to other sites: CORS on answers and errors, and a preflight", async () => {
    const ok = await call(routes.people, api("/people"));
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    expect(ok.headers.get("access-control-expose-headers")).toContain("ETag");
    const bad = await call(routes.people, api("/people?page=0"));
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await routes.people.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    const head = await routes.people.HEAD(new Request("http://localhost:3000/api/v1/people"), { params: Promise.resolve({}) });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("refuses bad parameters and unknown ids with clear problem+json errors", async () => {
    const cases: [RouteModule, string, Record<string, string>, number, RegExp][] = [
      [routes.meetings, "/meetings?page=-1", {}, 400, /page must be a whole number from 1 to 10000/],
      [routes.meetings, "/meetings?page=abc", {}, 400, /page must be a whole number/],
      [routes.meetings, "/meetings?per_page=100000", {}, 400, /per_page must be a whole number from 1 to 200/],
      [routes.meetings, "/meetings?per_page=0", {}, 400, /per_page/],
      [routes.meetings, "/meetings?page=999", {}, 404, /Page 999 does not exist/],
      [routes.meeting, "/meetings/abc", { id: "abc" }, 400, /id must be a record's numeric id/],
      [routes.meeting, "/meetings/0", { id: "0" }, 400, /id must be/],
      [routes.meeting, "/meetings/1.5", { id: "1.5" }, 400, /id must be/],
      [routes.meeting, "/meetings/99999", { id: "99999" }, 404, /There is no published meeting with id 99999/],
      [routes.outsideBody, "/outside-bodies/99999", { id: "99999" }, 404, /no published outside body with id 99999/],
      [routes.agendaPack, "/meetings/99999/agenda-pack", { id: "99999" }, 404, /no published meeting/],
    ];
    for (const [route, path, params, status, detail] of cases) {
      const res = await call(route, api(path), params);
      expect(res.status, path).toBe(status);
      expect(res.headers.get("content-type"), path).toBe("application/problem+json");
      check("Problem", res.body);
      expect(res.body.detail, path).toMatch(detail);
      expect(res.body.status).toBe(status);
    }
    const bad = await call(routes.meetings, api("/meetings?page=x&per_page=-3"));
    expect(bad.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["page", "per_page"]);
  });

  it("downloads CSV with a header row, and defuses cells a spreadsheet would run as formulas", async () => {
    const [r] = await temp.db.select().from(schema.resolutions).limit(1);
    await temp.db.update(schema.resolutions).set({ text: '=HYPERLINK("http://evil.example","click")' }).where(eq(schema.resolutions.id, r.id));
    for (const [route, name, header] of [
      [routes.resolutionsCsv, "resolutions", "id,slug,url,meeting_date"], [routes.actionsCsv, "actions", "id,slug,url,committee"],
      [routes.budgetLinesCsv, "budget-lines", "id,line_id,line,committee"], [routes.fundingFactsCsv, "funding-facts", "id,meeting_date"],
      [routes.appointmentsCsv, "appointments", "id,outside_body"],
    ] as const) {
      const res = await call(route, api(`/${name}.csv`));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${name}.csv"`);
      expect(res.text.startsWith(header)).toBe(true);
      expect(res.text.split("\r\n").length).toBeGreaterThan(2);
    }
    const csv = (await call(routes.resolutionsCsv, api("/resolutions.csv"))).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const budget = (await call(routes.budgetLinesCsv, api("/budget-lines.csv"))).text;
    expect(budget, "negative numbers stay numbers").toMatch(/,-\d/);
    await temp.db.update(schema.resolutions).set({ text: r.text }).where(eq(schema.resolutions.id, r.id));
  });

  it("exports each meeting with a pack in the agenda-pack JSON contract", async () => {
    const contract = JSON.parse(readFileSync("lib/import/agenda-pack.schema.json", "utf8"));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(contract);
    const meetings = (await call(routes.meetings, api("/meetings?per_page=200"))).body.data as { id: number; agendaPackJsonUrl: string | null }[];
    const withPack = meetings.filter((m) => m.agendaPackJsonUrl);
    expect(withPack.length).toBe(2);
    for (const m of withPack) {
      const res = await call(routes.agendaPack, new URL(m.agendaPackJsonUrl!).pathname, { id: String(m.id) });
      expect(res.status).toBe(200);
      expect(validate(res.body) ? [] : validate.errors).toEqual([]);
      check("AgendaPack", res.body);
      expect(res.body.reports.length).toBeGreaterThan(3);
      expect(res.body.agendaItems.length).toBeGreaterThan(5);
    }
    const noPack = meetings.find((m) => !m.agendaPackJsonUrl);
    if (noPack) expect((await call(routes.agendaPack, api(`/meetings/${noPack.id}/agenda-pack`), { id: String(noPack.id) })).status).toBe(404);
  });

  it("never shows a draft: a draft report leaves every list, link and export, and drafts of every parent empty the API", async () => {
    const [report] = await temp.db.select().from(schema.reports).where(eq(schema.reports.title, (await temp.db.select().from(schema.reports).limit(1))[0].title));
    const meetingId = report.meetingId;
    await temp.db.update(schema.reports).set({ publication: "draft" }).where(eq(schema.reports.id, report.id));
    const texts = [
      (await call(routes.reports, api("/reports?per_page=200"))).text,
      (await call(routes.meeting, api(`/meetings/${meetingId}`), { id: String(meetingId) })).text,
      (await call(routes.agendaPack, api(`/meetings/${meetingId}/agenda-pack`), { id: String(meetingId) })).text,
      (await call(routes.resolutions, api("/resolutions?per_page=200"))).text,
      (await call(routes.strategies, api("/strategies?per_page=200"))).text,
      (await call(routes.budgetLines, api("/budget-lines?per_page=200"))).text,
      (await call(routes.fundingFacts, api("/funding-facts?per_page=200"))).text,
      (await call(routes.resolutionsCsv, api("/resolutions.csv"))).text,
      (await call(routes.ocdEvents, api("/ocd/events?per_page=200"))).text,
    ];
    for (const text of texts) expect(text).not.toContain(`/reports/${report.slug}`);
    expect((await call(routes.report, api(`/reports/${report.id}`), { id: String(report.id) })).status).toBe(404);
    await temp.db.update(schema.reports).set({ publication: "published" }).where(eq(schema.reports.id, report.id));
    expect((await call(routes.report, api(`/reports/${report.id}`), { id: String(report.id) })).status).toBe(200);

    // Everything hangs off a committee, a person or an outside body.
    await temp.db.update(schema.committees).set({ publication: "draft" });
    await temp.db.update(schema.people).set({ publication: "draft" });
    await temp.db.update(schema.outsideBodies).set({ publication: "draft" });
    for (const [path, list] of COLLECTIONS) {
      const res = await call(list, api(path));
      expect(res.body.meta.total, path).toBe(0);
      expect(res.body.data).toEqual([]);
    }
    expect((await call(routes.ocdEvents, api("/ocd/events"))).body.data).toEqual([]);
    const popolo = (await call(routes.popolo, api("/popolo.json"))).body;
    expect(popolo.persons).toEqual([]);
    expect(popolo.memberships).toEqual([]);
    expect(popolo.organizations.map((o: { classification: string }) => o.classification)).toEqual(["council"]);
    for (const route of [routes.resolutionsCsv, routes.actionsCsv, routes.budgetLinesCsv, routes.fundingFactsCsv, routes.appointmentsCsv]) {
      expect((await call(route, api("/x.csv"))).text.trim().split("\r\n")).toHaveLength(1);
    }
    expect((await call(routes.agendaPack, api(`/meetings/${meetingId}/agenda-pack`), { id: String(meetingId) })).status).toBe(404);
    await temp.db.update(schema.committees).set({ publication: "published" });
    await temp.db.update(schema.people).set({ publication: "published" });
    await temp.db.update(schema.outsideBodies).set({ publication: "published" });
  });
});
