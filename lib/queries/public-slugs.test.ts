import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: {} }));

const { slugRouteOf } = await import("./public-slugs");

describe("slugRouteOf", () => {
  it("leaves index and information pages to render (no slug gate)", () => {
    for (const path of ["/meetings", "/reports", "/about", "/contact", "/accessibility", "/funding/facts", "/actions/open"]) {
      expect(slugRouteOf(path), path).toBeNull();
    }
  });

  it("gates a record's address by its route", () => {
    expect(slugRouteOf("/meetings/2021-03-04-communities-and-partnership-committee")).toEqual({
      route: "meetings", slug: "2021-03-04-communities-and-partnership-committee",
    });
    expect(slugRouteOf("/reports/some-report/")).toEqual({ route: "reports", slug: "some-report" });
  });
});
