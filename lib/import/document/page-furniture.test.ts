import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toDocumentLines } from "./document-lines";

const furnitureOf = (text: string) => toDocumentLines(text).filter((l) => l.furniture).map((l) => `${l.page}:${l.text}`);

/** A paged text: each page's lines joined, pages joined by form feeds (as pdftotext writes them). */
const paged = (pages: string[][]) => pages.map((p) => p.join("\n")).join("\n\f");

describe("page furniture in text with form feeds", () => {
  it("marks a running header that repeats with its page number varying, and a footer", () => {
    const text = paged([
      ["Planning Committee - 1 May 2025 - page 1", "Apologies were received.", "", "Confidential draft"],
      ["Planning Committee - 1 May 2025 - page 2", "The minutes were agreed.", "", "Confidential draft"],
      ["Planning Committee - 1 May 2025 - page 3", "Any other business.", "", "Confidential draft"],
    ]);
    expect(furnitureOf(text)).toEqual([
      "1:Planning Committee - 1 May 2025 - page 1", "1:Confidential draft",
      "2:Planning Committee - 1 May 2025 - page 2", "2:Confidential draft",
      "3:Planning Committee - 1 May 2025 - page 3", "3:Confidential draft",
    ]);
  });

  it("marks lone page numbers in their usual forms", () => {
    for (const form of [(n: number) => `Page ${n}`, (n: number) => `${n} of 3`, (n: number) => `- ${n} -`, (n: number) => `${n}`]) {
      const text = paged([1, 2, 3].map((n) => [`Body line ${"abc"[n - 1]}`, "", form(n)]));
      expect(furnitureOf(text)).toEqual([1, 2, 3].map((n) => `${n}:${form(n)}`));
    }
  });

  it("does not take a year or an amount ending one page for a page number", () => {
    const text = paged([["Summons to a meeting on", "Thursday, 13th March,", "2025"], ["AGENDA", "1. Apologies"], ["Total", "450"]]);
    expect(furnitureOf(text)).toEqual([]);
  });

  it("leaves body lines alone, even ones at a page's edge", () => {
    const text = paged([["AGENDA", "1. Apologies", "2. Minutes"], ["Reports", "3. Budget"], ["Minutes", "RESOLVED that the budget be agreed."]]);
    expect(furnitureOf(text)).toEqual([]);
  });

  it("leaves unpaged text (no form feeds) alone, as the demo packs are", () => {
    const demo = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");
    expect(furnitureOf(demo)).toEqual([]);
    expect(furnitureOf("1\nApologies\n2\n")).toEqual([]);
  });

  it("marks the page numbers of pdftotext's output of real printed minutes", () => {
    const text = readFileSync("tests/realworld/kent/kent-cabinet-2025-01-30-printed-minutes.txt", "utf8");
    expect(furnitureOf(text)).toEqual(Array.from({ length: 17 }, (_, i) => `${i + 1}:${i + 1}`));
  });
});
