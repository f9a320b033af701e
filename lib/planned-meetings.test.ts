import { describe, expect, it } from "vitest";
import { groupPlannedMeetings } from "./planned-meetings";

describe("groupPlannedMeetings", () => {
  const rows = [
    { date: "2021-04-01", isProvisional: true, item: "Provisional Meeting" },
    { date: "2021-05-27", isProvisional: false, item: "Minutes of the Meeting held on 4th March" },
    { date: "2021-05-27", isProvisional: false, item: "Finance and Monitoring Report (March)" },
    { date: "2021-07-01", isProvisional: false, item: "Minutes of the Meeting held on 27th May" },
  ];

  it("groups by date, drops provisional dates, and finds the meeting that takes the latest minutes", () => {
    expect(groupPlannedMeetings(rows, "2021-03-04")).toEqual([
      { date: "2021-05-27", isProvisional: false, items: ["Minutes of the Meeting held on 4th March", "Finance and Monitoring Report (March)"], takesLatestMinutes: true },
      { date: "2021-07-01", isProvisional: false, items: ["Minutes of the Meeting held on 27th May"], takesLatestMinutes: false },
    ]);
  });

  it("finds no such meeting when the plan lists other minutes", () => {
    expect(groupPlannedMeetings(rows, "2021-02-11").some((m) => m.takesLatestMinutes)).toBe(false);
  });
});
