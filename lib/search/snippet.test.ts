import { describe, expect, it } from "vitest";
import { markedParts, partsToHtml } from "./snippet";

describe("markedParts", () => {
  it("splits FTS5's marks into parts, joins a phrase's words into one mark, and escapes as HTML", () => {
    const parts = markedParts("the \u0001White\u0002 \u0001Ribbon\u0002\ncampaign <b>&</b>");
    expect(parts).toEqual([{ text: "the ", marked: false }, { text: "White Ribbon", marked: true }, { text: " campaign <b>&</b>", marked: false }]);
    expect(partsToHtml(parts)).toBe("the <mark>White Ribbon</mark> campaign &lt;b&gt;&amp;&lt;/b&gt;");
  });
});
