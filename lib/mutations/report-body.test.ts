import { describe, expect, it } from "vitest";
import { blocksToMarkdown, markdownToBlocks, renderMarkdownPreview, type BodyBlock } from "./report-body";

describe("report body as markdown", () => {
  const blocks: BodyBlock[] = [
    { kind: "heading", number: "1.", level: 1, text: "BACKGROUND" },
    { kind: "paragraph", number: "1.1", text: "The Committee *agreed* a plan in 2018." },
    { kind: "list", items: ["Tackling deprivation", "Visiting community organisations"] },
    { kind: "heading", number: "2.3", level: 2, text: "Funding" },
    { kind: "table", caption: null, header: ["Line", "Budget £000"], rows: [["Libraries", "1,624"], ["Think | Communities", "-300"]] },
    { kind: "paragraph", number: null, text: "An unnumbered closing paragraph." },
  ];

  it("round-trips headings, numbered paragraphs, lists and tables", () => {
    expect(markdownToBlocks(blocksToMarkdown(blocks))).toEqual(blocks);
  });

  it("renders a preview with raw HTML escaped, never as markup", () => {
    const html = renderMarkdownPreview("## 1. Heading\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
    expect(html).toContain("<h2>1. Heading</h2>");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
});
