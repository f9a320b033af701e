import { describe, expect, it } from "vitest";
import { minuteName, minuteRef } from "./minute-label";

describe("minuteRef and minuteName", () => {
  it("keeps the numbered anchor so existing links work", () => {
    const m = minuteRef({ minuteNumber: 52, numberLabel: null, sortOrder: 3 });
    expect(m).toEqual({ number: 52, label: "52", anchor: "minute-52" });
    expect(minuteName(m)).toBe("Minute 52");
  });

  it("prints the label as printed, without its trailing full stop", () => {
    expect(minuteName(minuteRef({ minuteNumber: null, numberLabel: "93/18", sortOrder: 0 }))).toBe("Minute 93/18");
    expect(minuteRef({ minuteNumber: 84, numberLabel: "84.", sortOrder: 0 }).label).toBe("84");
  });

  it("never prints null for unnumbered minutes and anchors them by position", () => {
    const m = minuteRef({ minuteNumber: null, numberLabel: null, sortOrder: 4 });
    expect(m.anchor).toBe("minute-entry-4");
    expect(minuteName(m)).toBe("Minute");
    expect(minuteName(m, { lower: true })).toBe("the minute");
  });
});
