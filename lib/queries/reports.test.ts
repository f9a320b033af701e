import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: {} }));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const { toReportBlocks, withoutImplicationsPart } = await import("./reports");
type Row = Parameters<typeof toReportBlocks>[0][number];

const row = (r: Partial<Row>): Row => ({ id: 0, reportId: 1, sortOrder: 0, kind: "paragraph", number: null, level: null, text: null, data: null, sourceLine: null, ...r });

describe("toReportBlocks", () => {
  it("captions tables with the section they sit in", () => {
    const blocks = toReportBlocks([
      row({ kind: "heading", number: "2", level: 1, text: "DEVELOPING THE MODEL" }),
      row({ kind: "paragraph", number: "2.1", text: "Text." }),
      row({ kind: "table", data: { header: [], rows: [["C/R.6.101", "Shared", "-£300k"]] } }),
      row({ kind: "list", data: ["one", " "] }),
      row({ kind: "paragraph", text: "  " }),
    ]);
    expect(blocks).toEqual([
      { kind: "heading", number: "2", level: 1, text: "DEVELOPING THE MODEL" },
      { kind: "paragraph", number: "2.1", text: "Text." },
      { kind: "table", header: [], rows: [["C/R.6.101", "Shared", "-£300k"]], caption: "Table 1, section 2: Developing the model" },
      { kind: "list", items: ["one"] },
    ]);
  });
});

describe("withoutImplicationsPart", () => {
  const blocks = toReportBlocks([
    row({ kind: "heading", number: "3", level: 1, text: "Alignment" }),
    row({ kind: "heading", number: "4", level: 1, text: "Significant Implications" }),
    row({ kind: "heading", number: "4.1", level: 2, text: "Resource Implications" }),
    row({ kind: "paragraph", text: "See 1.9" }),
    row({ kind: "heading", number: "5", level: 1, text: "Source documents" }),
  ]);
  it("drops the implications section when they are shown as records", () => {
    expect(withoutImplicationsPart(blocks, true).map((b) => (b.kind === "heading" ? b.number : b.kind))).toEqual(["3", "5"]);
  });
  it("keeps the body whole when there are no implication records", () => {
    expect(withoutImplicationsPart(blocks, false)).toHaveLength(5);
  });
});
