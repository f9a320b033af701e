import { describe, expect, it } from "vitest";
import { fitTitle, formatStatus, shortenText } from "./format";

describe("shortenText", () => {
  it("keeps short text and cuts long text at a word", () => {
    expect(shortenText("Archives", 20)).toBe("Archives");
    const s = shortenText("Provide Members with an update to provide clarity on the recruitment process", 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s).toBe("Provide Members with an update to…");
  });
});

describe("fitTitle", () => {
  it("keeps titles within the room as written in HTML, counting & as &amp;", () => {
    const t = fitTitle("Budget line: Strategic Management - Communities & Partnerships and Libraries");
    expect(t.replace(/&/g, "&amp;").length).toBeLessThanOrEqual(52);
    expect(t.endsWith("…")).toBe(true);
    expect(fitTitle("Short title")).toBe("Short title");
  });
});

describe("shortenText at word boundaries", () => {
  const words = "Finance monitoring report for People and Communities services January 2021 outturn".split(" ");

  it("never ends inside a word, for every length", () => {
    const text = words.join(" ");
    for (let max = 8; max < text.length; max++) {
      const s = shortenText(text, max);
      expect(s.length).toBeLessThanOrEqual(max);
      expect(s.endsWith("…")).toBe(true);
      const kept = s.slice(0, -1).split(" ");
      // Every kept word is a whole word of the original, in order.
      expect(kept).toEqual(words.slice(0, kept.length));
    }
  });

  it("keeps a word that ends exactly at the limit's room and drops dangling punctuation", () => {
    expect(shortenText("Local Assistance Scheme review", 24)).toBe("Local Assistance Scheme…");
    expect(shortenText("Libraries, archives and registration", 14)).toBe("Libraries…");
    expect(shortenText("Item 4 – Social mobility", 9)).toBe("Item 4…");
  });

  it("cuts a single overlong word only because it must", () => {
    expect(shortenText("Supercalifragilistic", 10)).toBe("Supercali…");
  });
});

describe("formatStatus", () => {
  it("prints a shouted status in sentence case and keeps mixed case as printed", () => {
    expect(formatStatus("ACTION ONGOING")).toBe("Action ongoing");
    expect(formatStatus("ACTION  COMPLETED ")).toBe("Action completed");
    expect(formatStatus("Action ongoing")).toBe("Action ongoing");
    expect(formatStatus("Complete – see report")).toBe("Complete – see report");
  });
});
