import { describe, expect, it } from "vitest";
import { htmlFragments, numberedLine, numberLevel, parseBody } from "./report-body";
import { toLines } from "./source-lines";

const body = (text: string) => parseBody(toLines(text));

describe("numberedLine", () => {
  it("reads section numbers in every printed form", () => {
    expect(numberedLine("- 2.3.17 Finally, the contact details")).toEqual({ number: "2.3.17", text: "Finally, the contact details" });
    expect(numberedLine("1.0\tBACKGROUND")).toEqual({ number: "1.0", text: "BACKGROUND" });
    expect(numberedLine("- ### 2.2 Recent Activity")).toEqual({ number: "2.2", text: "Recent Activity" });
    expect(numberedLine("5. **Source documents guidance**")?.number).toBe("5");
    expect(numberedLine("- 2 new Mobile Libraries were delivered")).toBeNull();
    expect(numberLevel("1.0")).toBe(1);
    expect(numberLevel("2.3.17")).toBe(3);
  });
});

describe("htmlFragments", () => {
  it("splits <p> paragraphs and bulleted <ul> cells", () => {
    expect(htmlFragments(`<p>Developing the local economy for the benefit of all</p> <ul style="list-style-type: none"> • Skills developed by individuals • Involving statutory partners`)).toEqual([
      { kind: "paragraph", text: "Developing the local economy for the benefit of all" },
      { kind: "list", items: ["Skills developed by individuals", "Involving statutory partners"] },
    ]);
  });

  it("splits a list that kept only its roman numbers", () => {
    expect(htmlFragments(`<ul style="list-style-type: none"> v. To mitigate residential segregation vi. To increase economic opportunity`)).toEqual([
      { kind: "list", items: ["v. To mitigate residential segregation", "vi. To increase economic opportunity"] },
    ]);
  });
});

describe("parseBody", () => {
  it("reads the tab layout: numbered headings, numbered paragraphs, continuation rows", () => {
    expect(body(`1.0\tBACKGROUND
1.1\tThe Communities and Partnership Committee delivery plan suggests five broad outcomes. These outcomes seek to build the capacity of communities to

\t<p>support each other.</p> <p>A few examples are given.</p>
1.2\t<p>Developing the local economy for the benefit of all</p> <ul style="list-style-type: none"> • Skills developed`)).toEqual([
      { kind: "heading", number: "1.0", text: "BACKGROUND", level: 1, line: 1 },
      { kind: "paragraph", number: "1.1", text: "The Communities and Partnership Committee delivery plan suggests five broad outcomes. These outcomes seek to build the capacity of communities to support each other.", line: 2 },
      { kind: "paragraph", number: null, text: "A few examples are given.", line: 4 },
      { kind: "heading", number: "1.2", text: "Developing the local economy for the benefit of all", level: 2, line: 5 },
      { kind: "list", items: ["Skills developed"], line: 5 },
    ]);
  });

  it("keeps an ordered list inside a section from being read as sections", () => {
    const blocks = body(`2. DEVELOPING THE MODEL

- 2.3 During December 2017, a piece of work was undertaken.

From this work, three areas of opportunity were identified:

1. Shared services in corporate and 'back office' functions.
2. Further integration of services in the People and Communities Directorates of each council.
3. Integration of a range of place based services and functions

The initial desktop analysis will be tested.

- 2.4 Governance and reporting for the Programme has been established.

3. ALIGNMENT WITH CORPORATE PRIORITIES`);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.kind === "heading" && b.number)).toEqual(["2", "3"]);
    expect(blocks.find((b) => b.kind === "list")).toMatchObject({ items: ["1. Shared services in corporate and 'back office' functions.", "2. Further integration of services in the People and Communities Directorates of each council.", "3. Integration of a range of place based services and functions"] });
    expect(blocks.some((b) => b.kind === "paragraph" && b.number === "2.4")).toBe(true);
  });

  it("builds tables, with no header when the first row holds figures", () => {
    const blocks = body(`2.3.6 The table below shows the current analysis:

District\tPrevious CEV\tNewly added CEV\tTotal
Cambridge\t4297\t1716\t6013

C/R.6.101\tShared Arrangements with Peterborough City Council\t-£300k
Subtotal\t\t£1,624k`);
    expect(blocks[1]).toEqual({ kind: "table", header: ["District", "Previous CEV", "Newly added CEV", "Total"], rows: [["Cambridge", "4297", "1716", "6013"]], line: 3 });
    expect(blocks[2]).toEqual({ kind: "table", header: [], rows: [["C/R.6.101", "Shared Arrangements with Peterborough City Council", "-£300k"], ["Subtotal", "", "£1,624k"]], line: 6 });
  });

  it("groups bullets, joins wrapped bullet lines and reads an unnumbered subheading", () => {
    const blocks = body(`The recommissioning process

- 1.9 The re-commissioning of the CLAS is to enter contractual arrangements.

- Countywide coordination hub:
www.cambridgeshire.gov.uk/coronavirus or 0345 045 5219
- For people in the Cambridge City area:
www.cambridge.gov.uk/coronavirus-ask-for-help or 01223 457000

Page 9 of 54`);
    expect(blocks).toEqual([
      { kind: "heading", number: null, text: "The recommissioning process", level: 2, line: 1 },
      { kind: "paragraph", number: "1.9", text: "The re-commissioning of the CLAS is to enter contractual arrangements.", line: 3 },
      { kind: "list", items: ["Countywide coordination hub: www.cambridgeshire.gov.uk/coronavirus or 0345 045 5219", "For people in the Cambridge City area: www.cambridge.gov.uk/coronavirus-ask-for-help or 01223 457000"], line: 5 },
    ]);
  });
});
