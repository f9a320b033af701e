import { describe, expect, it } from "vitest";
import { currentMarker, SECTIONS, sectionOf } from "./sections";

const section = (label: string) => SECTIONS.find((s) => s.label === label)!;

describe("sectionOf", () => {
  it("puts an address in the section whose prefix it starts with", () => {
    expect(sectionOf("/meetings/2021-03-04-communities-and-partnership-committee")?.label).toBe("Meetings");
    expect(sectionOf("/funding/facts")?.label).toBe("Funding");
    expect(sectionOf("/actions/open/")?.label).toBe("Actions");
  });

  it("matches whole path segments, not string prefixes", () => {
    expect(sectionOf("/meetingsroom")).toBeNull();
    expect(sectionOf("/people-finder")).toBeNull();
  });

  it("leaves pages outside the menu unmarked", () => {
    for (const p of ["/", "/search", "/about", "/accessibility", "/contact"]) expect(sectionOf(p)).toBeNull();
  });
});

describe("currentMarker", () => {
  it("is page on the section index, true inside it, absent elsewhere", () => {
    expect(currentMarker(section("Decisions"), "/decisions")).toBe("page");
    expect(currentMarker(section("Decisions"), "/decisions/some-minute")).toBe("true");
    expect(currentMarker(section("Decisions"), "/reports/some-report")).toBeUndefined();
  });
});
