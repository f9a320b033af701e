import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { championRoles, meetings, people, reports } from "@/lib/db/schema";
import { readPackFile } from "@/lib/import/read-pack-file";
import { importPackFile } from "@/lib/mutations/import-files";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

const PACKS = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"];

async function roles(temp: TempDatabase) {
  const rows = await temp.db
    .select({
      id: championRoles.id, person: people.fullName, area: championRoles.area, roleLabel: championRoles.roleLabel,
      validFrom: championRoles.validFrom, validTo: championRoles.validTo, minuteNumber: championRoles.minuteNumber,
      statedAt: meetings.meetingDate, reportId: championRoles.reportId,
    })
    .from(championRoles)
    .innerJoin(people, eq(people.id, championRoles.personId))
    .leftJoin(meetings, eq(meetings.id, championRoles.statedAtMeetingId))
    .orderBy(asc(championRoles.area), asc(championRoles.validFrom));
  return rows;
}

describe("champion roles from the demo packs", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase();
    for (const file of PACKS) await importPackFile(temp.db, file, { actor: "test" });
  });
  afterAll(() => temp.cleanup());

  it("records each area's champions with start and end dates, resolving surnames to the members", async () => {
    const rows = await roles(temp);
    const fenland = rows.filter((r) => r.area === "Fenland");
    const city = rows.filter((r) => r.area === "Cambridge City");
    // Minute 56 of 17 April 2018 appoints Councillor Janet French in place of Councillor Tierney.
    expect(fenland.map((r) => [r.person, r.validFrom, r.validTo])).toEqual([
      ["S Tierney", null, "2018-04-16"],
      ["Janet French", "2018-04-17", null],
    ]);
    expect(fenland.find((r) => r.person === "Janet French")).toMatchObject({ roleLabel: "Area Champion", minuteNumber: 56, statedAt: "2018-04-17", reportId: null });
    // The 31 May 2018 report recommends Councillor Richards, who replaced Councillor Meschini.
    expect(city.map((r) => [r.person, r.validFrom, r.validTo])).toEqual([
      ["Elisa Meschini", null, "2018-05-30"],
      ["Claire Richards", "2018-05-31", null],
    ]);
    const richards = city.find((r) => r.person === "Claire Richards")!;
    expect(richards.statedAt).toBe("2018-05-31");
    const report = await temp.db.query.reports.findFirst({ where: eq(reports.id, richards.reportId!) });
    expect(report?.title).toMatch(/AREA CHAMPIONS$/);
    // South Cambridgeshire is stated vacant and no earlier holder is known: no row. The 2021 pack names nobody.
    expect(rows.some((r) => r.area === "South Cambridgeshire")).toBe(false);
    expect(rows).toHaveLength(4);
  });

  it("adds no duplicate when the same packs are imported again, or imported in the other order", async () => {
    const before = await roles(temp);
    for (const file of PACKS) expect((await importPackFile(temp.db, file, { actor: "test" })).status).toBe("unchanged");
    expect(await roles(temp)).toEqual(before);

    const reversed = await createTempDatabase();
    try {
      for (const file of [...PACKS].reverse()) await importPackFile(reversed.db, file, { actor: "test" });
      const strip = (rs: Awaited<ReturnType<typeof roles>>) => rs.map(({ id: _, reportId: __, ...r }) => r);
      expect(strip(await roles(reversed))).toEqual(strip(before));
    } finally {
      reversed.cleanup();
    }
  });

  it("replaces a pack's roles when its text changes, and ends a role on a later vacancy", async () => {
    const text = await readPackFile(PACKS[0]);
    // The same pack, revised: Fenland is now said to be vacant rather than filled.
    const revised = text.replace(
      "Notes that the Fenland Area Champion as agreed at the last meeting is Councillor French who has replaced Councillor Tierney on the Committee.",
      "Notes that there is currently a vacancy to the Fenland Area Champion role with effect from 1 June 2018.",
    ).replace("that Councillor French should now take over Councillor Tierney's Fenland Area Champion role", "that the matter be deferred");
    const file = join(temp.dir, "000-revised.txt");
    writeFileSync(file, revised);
    expect((await importPackFile(temp.db, file, { actor: "test" })).status).toBe("updated");

    const fenland = (await roles(temp)).filter((r) => r.area === "Fenland");
    expect(fenland.map((r) => [r.person, r.validFrom, r.validTo])).toEqual([
      ["S Tierney", null, "2018-04-16"],
      ["Janet French", "2018-04-17", "2018-05-31"],
    ]);
    expect(await roles(temp)).toHaveLength(4);
  });
});
