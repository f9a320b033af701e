import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PAGE_SIZE, pageCount, pagePath, pageQueryHref, pageSlice, pageWindow, paginate, pagedTitle, parsePageNumber } from "./page-model";

describe("pageCount", () => {
  it("is at least 1 and rounds up", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(1850, 50)).toBe(37);
  });
});

describe("parsePageNumber", () => {
  it("accepts plain whole numbers", () => {
    expect(parsePageNumber("1")).toBe(1);
    expect(parsePageNumber("37")).toBe(37);
    expect(parsePageNumber("999999")).toBe(999999);
  });
  it.each(["", "0", "02", "-1", "+2", "2.0", "1e3", "abc", "2abc", " 2", "2 ", "1000000", "0x10", "٢"])("refuses %j", (raw) => {
    expect(parsePageNumber(raw)).toBeNull();
  });
  it("refuses what is not a string", () => {
    expect(parsePageNumber(undefined)).toBeNull();
    expect(parsePageNumber(["2"])).toBeNull();
    expect(parsePageNumber(2)).toBeNull();
  });
  it("gives back every page number it writes", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999999 }), (n) => parsePageNumber(String(n)) === n));
  });
});

describe("pageSlice", () => {
  it("offsets by whole pages", () => {
    expect(pageSlice(1, 50)).toEqual({ limit: 50, offset: 0 });
    expect(pageSlice(3, 50)).toEqual({ limit: 50, offset: 100 });
  });
});

describe("pageWindow", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it("marks gaps in a long list", () => {
    expect(pageWindow(1, 37)).toEqual([1, 2, null, 37]);
    expect(pageWindow(10, 37)).toEqual([1, null, 9, 10, 11, null, 37]);
    expect(pageWindow(37, 37)).toEqual([1, null, 36, 37]);
  });
  it("never hides a single page behind a gap", () => {
    expect(pageWindow(4, 37)).toEqual([1, 2, 3, 4, 5, null, 37]);
  });
  it("is sorted, within range, includes first, last and current, and stays short", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
      const count = Math.max(a, b);
      const current = Math.min(a, b);
      const pages = pageWindow(current, count).filter((p): p is number => p !== null);
      return pages.every((p, i) => p >= 1 && p <= count && (i === 0 || p > pages[i - 1]))
        && pages.includes(1) && pages.includes(count) && pages.includes(current) && pages.length <= 7;
    }));
  });
});

describe("paginate", () => {
  const href = (p: number) => pagePath("/meetings", p);
  it("links first, previous, next and last around a middle page", () => {
    const p = paginate(2, 120, href, 50);
    expect(p.count).toBe(3);
    expect([p.from, p.to]).toEqual([51, 100]);
    expect(p.first?.href).toBe("/meetings");
    expect(p.previous?.href).toBe("/meetings");
    expect(p.next?.href).toBe("/meetings/page/3");
    expect(p.last?.href).toBe("/meetings/page/3");
  });
  it("has no backward links on page 1 and no forward links on the last page", () => {
    expect(paginate(1, 120, href, 50)).toMatchObject({ first: null, previous: null });
    expect(paginate(3, 120, href, 50)).toMatchObject({ next: null, last: null, from: 101, to: 120 });
  });
  it("describes an empty list as one empty page", () => {
    expect(paginate(1, 0, href)).toMatchObject({ count: 1, from: 0, to: 0, next: null, previous: null });
  });
});

describe("addresses and titles", () => {
  it("keeps page 1 at the list's own address", () => {
    expect(pagePath("/actions/open", 1)).toBe("/actions/open");
    expect(pagePath("/actions/open", 4)).toBe("/actions/open/page/4");
  });
  it("keeps query-string filters and drops page=1", () => {
    expect(pageQueryHref("/decisions", { committee: "c-p", page: "3" }, 1)).toBe("/decisions?committee=c-p");
    expect(pageQueryHref("/decisions", { committee: "c-p" }, 2)).toBe("/decisions?committee=c-p&page=2");
    expect(pageQueryHref("/decisions", {}, 1)).toBe("/decisions");
  });
  it("titles later pages with their place", () => {
    expect(pagedTitle("Meetings", 1, 37)).toBe("Meetings");
    expect(pagedTitle("Meetings", 2, 37)).toBe("Meetings, page 2 of 37");
  });
});
