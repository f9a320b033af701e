import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, meetings, minuteEntries, minutes, resolutions } from "@/lib/db/schema";
import { NotAnAgendaPackError, parsePack } from "@/lib/import/parse-pack";
import { storeAgendaPack } from "@/lib/mutations/import-pack";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

const KENT = "tests/realworld/kent";
const FRONT_SHEET = `${KENT}/kent-cabinet-2025-01-30-agenda-frontsheet.txt`;
const MINUTES = `${KENT}/kent-cabinet-2025-01-30-printed-minutes.txt`;
const CPP_MINUTES = `${KENT}/02-kent-corporate-parenting-panel-2024-10-29.txt`;

async function store(temp: TempDatabase, file: string) {
  const text = readFileSync(file, "utf8");
  return storeAgendaPack(temp.db, parsePack(text, file.split("/").pop()!), text, { actor: "test" });
}

async function meetingsOn(temp: TempDatabase, date: string) {
  return (await temp.db.select().from(meetings)).filter((m) => m.meetingDate === date);
}

async function minuteCount(temp: TempDatabase, meetingId: number) {
  const rows = await temp.db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  let entries = 0;
  for (const r of rows) entries += (await temp.db.select().from(minuteEntries).where(eq(minuteEntries.minutesId, r.id))).length;
  return { minutes: rows.length, entries };
}

describe("minutes imported on their own join the meeting an agenda announced", () => {
  let temp: TempDatabase;
  beforeAll(async () => { temp = await createTempDatabase(); });
  afterAll(() => temp.cleanup());

  it("front sheet, then minutes of the same meeting: one meeting with its agenda and its minutes", async () => {
    const first = await store(temp, FRONT_SHEET);
    const second = await store(temp, MINUTES);
    expect(second.meetingId).toBe(first.meetingId);
    const found = await meetingsOn(temp, "2025-01-30");
    expect(found).toHaveLength(1);
    const items = await temp.db.select().from(agendaItems).where(eq(agendaItems.meetingId, first.meetingId));
    expect(items).toHaveLength(9);
    expect(await minuteCount(temp, first.meetingId)).toEqual({ minutes: 1, entries: 9 });
    // The agenda's own details are not overwritten by the minutes' heading.
    expect(found[0].startTime).toBe("10:00");
    expect(found[0].clerkName).toBe("Georgina Little");
  });

  it("storing the same minutes again changes nothing", async () => {
    const before = await countAllRows(temp.db);
    const again = await store(temp, MINUTES);
    expect(again.status).toBe("unchanged");
    expect(await countAllRows(temp.db)).toEqual(before);
  });

  it("re-importing the agenda keeps the minutes that came on their own", async () => {
    const [meeting] = await meetingsOn(temp, "2025-01-30");
    const changed = readFileSync(FRONT_SHEET, "utf8").replace("at 10.00 am", "at 10.30 am");
    await storeAgendaPack(temp.db, parsePack(changed, "frontsheet-revised.txt"), changed, { actor: "test" });
    expect(await minuteCount(temp, meeting.id)).toEqual({ minutes: 1, entries: 9 });
    expect((await meetingsOn(temp, "2025-01-30"))[0].startTime).toBe("10:30");
  });
});

describe("a meeting first known from its minutes", () => {
  let temp: TempDatabase;
  beforeAll(async () => { temp = await createTempDatabase(); });
  afterAll(() => temp.cleanup());

  it("minutes only: the meeting is created from their heading", async () => {
    const outcome = await store(temp, CPP_MINUTES);
    expect(outcome.status).toBe("imported");
    const [meeting] = await meetingsOn(temp, "2024-10-29");
    expect(meeting.venue).toBe("Darent Room, Sessions House, County Hall, Maidstone");
    const committee = await temp.db.query.committees.findFirst({ where: (c, { eq: is }) => is(c.id, meeting.committeeId) });
    expect(committee?.name).toBe("Corporate Parenting Panel");
    expect((await minuteCount(temp, meeting.id)).entries).toBe(12);
    expect((await temp.db.select().from(resolutions)).length).toBeGreaterThan(5);
  });

  it("a later agenda pack for that meeting merges into it", async () => {
    const [before] = await meetingsOn(temp, "2024-10-29");
    const agenda = [
      "AGENDA", "", "CORPORATE PARENTING PANEL", "Tuesday, 29th October, 2024, at 2.00 pm", "Darent Room, Sessions House, County Hall, Maidstone", "",
      "1.", "", "Apologies and Substitutes", "", "2.", "", "Chairman's Announcements", "", "3.", "", "Minutes of the meeting held on 30 July 2024 (Pages 1 - 8)", "",
    ].join("\n");
    const outcome = await storeAgendaPack(temp.db, parsePack(agenda, "cpp-agenda.txt"), agenda, { actor: "test" });
    expect(outcome.meetingId).toBe(before.id);
    expect(await meetingsOn(temp, "2024-10-29")).toHaveLength(1);
    expect(await temp.db.select().from(agendaItems).where(eq(agendaItems.meetingId, before.id))).toHaveLength(3);
    expect((await minuteCount(temp, before.id)).entries).toBe(12);
    expect((await meetingsOn(temp, "2024-10-29"))[0].startTime).toBe("14:00");
  });

  it("a document that cannot be read writes nothing", async () => {
    const before = await countAllRows(temp.db);
    expect(() => parsePack("Dear resident,\nthank you for your letter about the bins.\nYours sincerely\n", "letter.txt")).toThrow(NotAnAgendaPackError);
    // Minutes whose date cannot be read are refused by the store, in its one transaction.
    const text = readFileSync(CPP_MINUTES, "utf8").replace("29 October 2024", "a Tuesday in autumn");
    const pack = parsePack(text, "undated.txt");
    await expect(storeAgendaPack(temp.db, pack, text, { actor: "test" })).rejects.toThrow(/date/);
    expect(await countAllRows(temp.db)).toEqual(before);
  });
});
