import { describe, expect, it } from "vitest";
import { fitTitle, shortenText, tameCapitals } from "./format";

describe("tameCapitals", () => {
  it("title-cases runs of capitalised words and keeps the rest", () => {
    expect(tameCapitals("COMMUNITIES AND PARTNERSHIPS COMMITTEE Delivery Plan")).toBe("Communities and Partnerships Committee Delivery Plan");
    expect(tameCapitals("Library Vision Action Log")).toBe("Library Vision Action Log");
  });
  it("keeps short acronyms as printed", () => {
    expect(tameCapitals("CCC SERVICE COMMITTEES")).toBe("CCC Service Committees");
    expect(tameCapitals("The P&C report")).toBe("The P&C report");
  });
  it("handles hyphens and apostrophes", () => {
    expect(tameCapitals("CAMBRIDGE-SHIRE ADULT LEARNING")).toBe("Cambridge-Shire Adult Learning");
    expect(tameCapitals("COUNCIL'S ROLE")).toBe("Council's Role");
  });
  it("leaves a single capitalised word alone", () => {
    expect(tameCapitals("The DSG summary")).toBe("The DSG summary");
    expect(tameCapitals("APPENDIX 1 – P&C Service")).toBe("APPENDIX 1 – P&C Service");
  });
});

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
