import { describe, expect, it } from "vitest";
import { toPaperBlocks, toPlainText } from "./reader-text";

describe("toPaperBlocks", () => {
  it("joins wrapped lines, removes markdown and HTML, and keeps headings, lists and tables", () => {
    const blocks = toPaperBlocks([
      "**BACKGROUND**",
      "",
      "The scheme was <u>recommissioned</u> in",
      "2016 and **runs** until 2022.",
      "",
      "- first point",
      "- second point",
      "",
      "Minute\tTitle\tStatus",
      "----------\t--\t---",
      "312.\tLibraries\tComplete",
    ].join("\n"));
    expect(blocks).toEqual([
      { kind: "heading", text: "BACKGROUND" },
      { kind: "paragraph", text: "The scheme was recommissioned in 2016 and runs until 2022." },
      { kind: "list", items: ["first point", "second point"] },
      { kind: "table", rows: [["Minute", "Title", "Status"], ["312.", "Libraries", "Complete"]] },
    ]);
  });

  it("keeps a numbered paragraph the extraction printed as a bullet as a paragraph", () => {
    expect(toPaperBlocks("- 1.1 CLAS is a contracted service.")).toEqual([{ kind: "paragraph", text: "1.1 CLAS is a contracted service." }]);
  });

  it("keeps a link's words, and its address when it has one", () => {
    expect(toPaperBlocks("View minutes here: [Minutes - 21st January 2021](#)")).toEqual([
      { kind: "paragraph", text: "View minutes here: Minutes - 21st January 2021" },
    ]);
    expect(toPaperBlocks("See [the code](https://example.org/code) and <http://tinyurl.com/x>")).toEqual([
      { kind: "paragraph", text: "See the code (https://example.org/code) and http://tinyurl.com/x" },
    ]);
  });
});

describe("toPlainText", () => {
  it("prints the blocks as clean text, with no markup left", () => {
    const text = toPlainText("**Title**\n\nSome <p>text</p> here.\n\n- a\n- b\n");
    expect(text).toBe("Title\n\nSome text here.\n\n- a\n- b\n");
    expect(text).not.toMatch(/[*<>]/);
  });
});

describe("toPaperBlocks on a report's header and sections", () => {
  it("keeps each field on its own and takes a numbered section title for a heading", () => {
    expect(toPaperBlocks("Name: Helen Andrews\nPost: Commissioning Manager\n\n1. Background\n\n1.1 The scheme.")).toEqual([
      { kind: "paragraph", text: "Name: Helen Andrews" },
      { kind: "paragraph", text: "Post: Commissioning Manager" },
      { kind: "heading", text: "1. Background" },
      { kind: "paragraph", text: "1.1 The scheme." },
    ]);
  });
});
