import { describe, expect, it } from "vitest";
import { describeWhenWhere } from "./meeting-place";

describe("describeWhenWhere", () => {
  it("names the day, the time and the place", () => {
    expect(describeWhenWhere({ date: "2018-05-31", startTime: "14:00", venue: "Shire Hall, Cambridge", isVirtual: false }))
      .toBe("Thursday 31 May 2018 at 2pm, at Shire Hall, Cambridge");
  });
  it("says a virtual meeting was held online, with its platforms", () => {
    expect(describeWhenWhere({ date: "2021-03-04", startTime: "10:00", venue: "Shire Hall", isVirtual: true, virtualPlatforms: "Zoom" }))
      .toBe("Thursday 4 March 2021 at 10am, held online (Zoom)");
  });
  it("leaves out what is not known", () => {
    expect(describeWhenWhere({ date: "2018-04-17", startTime: null, venue: null, isVirtual: false })).toBe("Tuesday 17 April 2018");
  });
});
