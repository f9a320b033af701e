/**
 * A record's JSON-LD (on its page) and its open-data API representation name the same thing the
 * same way: the same url, name and dates, and links to the same other records. Checked for
 * meetings, committees, people, reports and outside bodies of the demo packs.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
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
const { createTempDatabase } = await import("../support/temp-database");
const { pageUrl } = await import("@/lib/api/urls");
const { getMeetingBySlug } = await import("@/lib/queries/meetings");
const { getCommitteeBySlug } = await import("@/lib/queries/committees");
const { getPersonBySlug } = await import("@/lib/queries/people");
const { getReportBySlug } = await import("@/lib/queries/reports");
const { getOutsideBodyBySlug } = await import("@/lib/queries/outside-bodies");
const { meetingEventJsonLd } = await import("@/lib/structured-data/meeting-event");
const { committeeJsonLd, outsideBodyJsonLd } = await import("@/lib/structured-data/organisation");
const { personJsonLd } = await import("@/lib/structured-data/person");
const { reportJsonLd } = await import("@/lib/structured-data/report");
const { getApiMeeting, listApiMeetings, listApiReports } = await import("@/lib/queries/api/meetings");
const { listApiCommittees, listApiMemberships, listApiOutsideBodies, listApiPeople, listApiAppointments } = await import("@/lib/queries/api/organisations");
const { ocdEvent, popoloExport } = await import("@/lib/api/standards");

const ALL = { limit: -1, offset: 0 };
type Ld = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const urlsOf = (list: Ld[] | undefined, pick: (x: Ld) => string | undefined) => new Set((list ?? []).map(pick).filter(Boolean));

describe("JSON-LD and the API agree", () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    holder.db = temp.db;
    for (const pack of readdirSync("data/packs").filter((f) => f.endsWith(".txt")).sort()) {
      await importPackFile(temp.db, join("data/packs", pack), { actor: "test" });
    }
  });
  afterAll(() => temp?.cleanup());

  it("on meetings: url, name, start, end, status and host committee (API, OCD event and JSON-LD)", async () => {
    const meetings = (await listApiMeetings(ALL)).rows;
    expect(meetings.length).toBeGreaterThan(1);
    for (const m of meetings) {
      const detail = (await getMeetingBySlug(m.slug))!;
      const ld: Ld = meetingEventJsonLd(detail, pageUrl(`/meetings/${m.slug}`));
      const event = ocdEvent((await getApiMeeting(m.id))!);
      expect(ld.url).toBe(m.url);
      expect(event.id).toBe(m.url);
      expect(ld.name).toBe(m.name);
      expect(event.name).toBe(m.name);
      expect(ld.startDate).toBe(m.start);
      expect(event.start_date).toBe(m.start);
      if (ld.endDate) expect(event.end_date).toBe(ld.endDate);
      expect(ld.organizer.url).toBe(m.committee.url);
      expect(ld.organizer.name).toBe(m.committee.name);
      expect(event.participants[0].entity_id).toBe(m.committee.url);
      expect(ld.eventStatus.endsWith("EventCancelled")).toBe(m.status === "cancelled");
      if (ld.subjectOf) expect(ld.subjectOf.url).toBe(m.agendaPackUrl);
    }
  });

  it("on committees: url, name and members", async () => {
    const memberships = (await listApiMemberships(ALL)).rows;
    for (const c of (await listApiCommittees(ALL)).rows) {
      const ld: Ld = committeeJsonLd((await getCommitteeBySlug(c.slug))!, pageUrl(`/committees/${c.slug}`));
      expect(ld.url).toBe(c.url);
      expect(ld.name).toBe(c.name);
      const apiMembers = new Set(memberships.filter((m) => m.committee.id === c.id).map((m) => m.person.url));
      const ldMembers = urlsOf(ld.member, (r) => r.member.url);
      expect(ldMembers.size).toBeGreaterThan(0);
      for (const u of ldMembers) expect(apiMembers.has(u as string), `${u} is a member in the API`).toBe(true);
    }
  });

  it("on people: url, name, honorific and the committees and bodies they belong to (API, Popolo and JSON-LD)", async () => {
    const [memberships, appointments, popolo] = await Promise.all([listApiMemberships(ALL), listApiAppointments(ALL), popoloExport()]);
    const people = (await listApiPeople(ALL)).rows;
    const popoloPeople = new Map(popolo.persons.map((p) => [p.id, p]));
    let checkedMemberOf = 0;
    for (const p of people) {
      const ld: Ld = personJsonLd((await getPersonBySlug(p.slug))!, pageUrl(`/people/${p.slug}`));
      expect(ld.url).toBe(p.url);
      expect(ld.name).toBe(p.name);
      expect(ld.honorificPrefix ?? null).toBe(p.honorific);
      expect(popoloPeople.get(p.url)?.name).toBe(p.name);
      const apiOrgs = new Set([
        ...memberships.rows.filter((m) => m.person.id === p.id).map((m) => m.committee.url),
        ...appointments.rows.filter((a) => a.person?.id === p.id).map((a) => a.outsideBody.url),
      ]);
      const popoloOrgs = new Set(popolo.memberships.filter((m) => m.person_id === p.url).map((m) => m.organization_id));
      for (const role of ld.memberOf ?? []) {
        expect(apiOrgs.has(role.memberOf.url), `${p.slug} in ${role.memberOf.url}`).toBe(true);
        expect(popoloOrgs.has(role.memberOf.url), `${p.slug} in ${role.memberOf.url} (Popolo)`).toBe(true);
        if (role.startDate && role.memberOf["@type"] === "GovernmentOrganization") {
          const start = popolo.memberships.filter((m) => m.person_id === p.url && m.organization_id === role.memberOf.url).map((m) => m.start_date);
          expect(start, `${p.slug}: start date in Popolo`).toContain(role.startDate);
        }
        checkedMemberOf++;
      }
    }
    expect(checkedMemberOf).toBeGreaterThan(5);
  });

  it("on reports: url, date, meeting and forward plan reference", async () => {
    for (const r of (await listApiReports(ALL)).rows) {
      const ld: Ld = reportJsonLd((await getReportBySlug(r.slug))!, pageUrl(`/reports/${r.slug}`));
      expect(ld.url).toBe(r.url);
      expect(ld.datePublished).toBe(r.meeting.date);
      expect(ld.about.url).toBe(r.meeting.url);
      expect(ld.reportNumber ?? null).toBe(r.forwardPlanRef);
    }
  });

  it("on outside bodies: url, name and representatives", async () => {
    const appointments = (await listApiAppointments(ALL)).rows;
    for (const b of (await listApiOutsideBodies(ALL)).rows) {
      const ld: Ld = outsideBodyJsonLd((await getOutsideBodyBySlug(b.slug))!, pageUrl(`/outside-bodies/${b.slug}`));
      expect(ld.url).toBe(b.url);
      expect(ld.name).toBe(b.name);
      const apiPeople = new Set(appointments.filter((a) => a.outsideBody.id === b.id && a.person).map((a) => a.person!.url));
      for (const u of urlsOf(ld.member, (r) => r.member.url)) expect(apiPeople.has(u as string)).toBe(true);
    }
  });
});
