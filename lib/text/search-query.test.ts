import { describe, expect, it } from "vitest";
import { cleanSearchQuery, MAX_SHOWN_QUERY_LENGTH } from "./search-query";

describe("cleanSearchQuery", () => {
  it("removes NUL and other control characters", () => {
    expect(cleanSearchQuery("cycle\u0000 lanes\u0007\u001b[31m")).toBe("cycle lanes [31m");
  });
  it("removes bidirectional overrides and zero-width characters", () => {
    expect(cleanSearchQuery("abc\u202edef\u200b")).toBe("abc def");
  });
  it("caps the length at 200 characters without splitting a surrogate pair", () => {
    expect(cleanSearchQuery("x".repeat(10_000))).toHaveLength(MAX_SHOWN_QUERY_LENGTH);
    const emoji = cleanSearchQuery("😀".repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_SHOWN_QUERY_LENGTH);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/);
  });
  it("takes the first of repeated parameters and handles none", () => {
    expect(cleanSearchQuery(["a b", "c"])).toBe("a b");
    expect(cleanSearchQuery(undefined)).toBe("");
  });
});
