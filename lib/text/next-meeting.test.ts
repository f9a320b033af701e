import { describe, expect, it } from "vitest";
import { statedNextMeetingDate } from "./next-meeting";

describe("statedNextMeetingDate", () => {
  it("reads the day and month of a 'Date of Next Meeting' item, in the year after the meeting", () => {
    expect(statedNextMeetingDate(["Minutes", "Date of Next Meeting - 5th July"], "2018-05-31")).toBe("2018-07-05");
    expect(statedNextMeetingDate(["Date of next meeting: 14 January"], "2018-12-20")).toBe("2019-01-14");
  });

  it("takes a full date as printed, and ignores dates that are not after the meeting", () => {
    expect(statedNextMeetingDate(["Next meeting 27 May 2021"], "2021-03-04")).toBe("2021-05-27");
    expect(statedNextMeetingDate(["Next meeting 27 May 2020"], "2021-03-04")).toBeNull();
  });

  it("gives null when no item names the next meeting", () => {
    expect(statedNextMeetingDate(["Apologies", "Finance report – 5th July figures"], "2018-05-31")).toBeNull();
    expect(statedNextMeetingDate([null, "Date of Next Meeting"], "2018-05-31")).toBeNull();
  });
});
