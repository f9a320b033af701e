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

describe("formatStatus", () => {
  it("prints a shouted status in sentence case and keeps mixed case as printed", () => {
    expect(formatStatus("ACTION ONGOING")).toBe("Action ongoing");
    expect(formatStatus("ACTION  COMPLETED ")).toBe("Action completed");
    expect(formatStatus("Action ongoing")).toBe("Action ongoing");
    expect(formatStatus("Complete – see report")).toBe("Complete – see report");
  });
});
