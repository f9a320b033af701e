import { describe, expect, it } from "vitest";
import { readMeetingHeading } from "./meeting-heading";
import { toLines } from "./source-lines";

const read = (text: string) => readMeetingHeading(toLines(text));

describe("the meeting named by a minutes heading", () => {
  it("reads 'MINUTES of a meeting of the X held in <venue> on <date>' below the council's banner", () => {
    const h = read("ANYTOWN COUNTY COUNCIL\n\nCABINET\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Shire\nHall, Anytown on Thursday, 30 January 2025.");
    expect([h.committee, h.date?.iso, h.venue, h.startTime]).toEqual(["Cabinet", "2025-01-30", "Council Chamber, Shire Hall, Anytown", null]);
  });

  it("reads 'BODY – date' above 'MINUTES of the meeting held in <venue>'", () => {
    const h = read("LICENSING COMMITTEE – 15 October 2018\nMINUTES of the meeting held at the Civic Centre, Dunmere commencing at 10.00 am");
    expect([h.committee, h.date?.iso, h.venue, h.startTime]).toEqual(["Licensing Committee", "2018-10-15", "Civic Centre, Dunmere", "10:00"]);
  });

  it("reads start and end from 'from 6.00 pm to 7.40 pm'", () => {
    const h = read("AUDIT COMMITTEE – 25 April 2023\nMinutes of the meeting held in the Council Chamber on Tuesday 25 April 2023 from 6.00 pm to 7.40 pm");
    expect([h.startTime, h.endTime]).toEqual(["18:00", "19:40"]);
  });

  it("reads AGENDA, body, date, time and venue on separate lines", () => {
    const h = read("AGENDA\n\nCabinet\n\nWednesday, 18 September 2024\n\n2.00 pm\n\nCommittee Room 2, County Hall, Brackenford");
    expect([h.committee, h.date?.iso, h.startTime, h.venue]).toEqual(["Cabinet", "2024-09-18", "14:00", "Committee Room 2, County Hall, Brackenford"]);
  });
});
