import { describe, expect, it } from "vitest";
import { meetingLocation, meetingWhen, statusWord } from "@/lib/calendar/meeting-text";

const place = { venue: null, room: null, isVirtual: false, virtualPlatforms: null };

describe("meetingLocation", () => {
  it("says Online, with the platforms, for a virtual meeting even when the pack prints an address", () => {
    expect(meetingLocation({ ...place, isVirtual: true, virtualPlatforms: "Zoom", venue: "Shire Hall" })).toBe("Online (Zoom)");
    expect(meetingLocation({ ...place, isVirtual: true })).toBe("Online");
  });

  it("gives the venue, with the room in front only when the venue does not already name it", () => {
    expect(meetingLocation({ ...place, venue: "Room 128, Shire Hall", room: "Room 128" })).toBe("Room 128, Shire Hall");
    expect(meetingLocation({ ...place, venue: "Shire Hall", room: "Kreis Viersen Room" })).toBe("Kreis Viersen Room, Shire Hall");
    expect(meetingLocation({ ...place, room: "Room 1" })).toBe("Room 1");
    expect(meetingLocation(place)).toBeNull();
  });
});

describe("statusWord and meetingWhen", () => {
  it("names only the states a reader must notice", () => {
    expect(statusWord("cancelled")).toBe("Cancelled");
    expect(statusWord("postponed")).toBe("Postponed");
    expect(statusWord("scheduled")).toBeNull();
    expect(statusWord("held")).toBeNull();
  });

  it("reads the date and times as UK readers expect", () => {
    expect(meetingWhen({ date: "2018-05-31", startTime: "14:00", endTime: null })).toBe("Thursday 31 May 2018, 2pm");
    expect(meetingWhen({ date: "2018-04-17", startTime: "10:00", endTime: "11:30" })).toBe("Tuesday 17 April 2018, 10am to 11:30am");
    expect(meetingWhen({ date: "2018-04-17", startTime: null, endTime: null })).toBe("Tuesday 17 April 2018");
  });
});
