import { describe, expect, it } from "vitest";
import { isClearanceStart } from "./report-clearances";
import { parseImplications } from "./report-implications";
import { toLines } from "./source-lines";

const read = (text: string) => {
  const lines = toLines(text);
  return parseImplications(lines, 0, lines.length, isClearanceStart);
};

describe("parseImplications", () => {
  it("reads the tab layout with HTML lists and stops at the clearance table", () => {
    const r = read(`3.3\tSupporting and protecting vulnerable people
4.0\tSIGNIFICANT IMPLICATIONS
4.1\tResource Implications.
\t<ul style="list-style-type: none"> • A continuation of increased community capacity will help.

\t<ul style="list-style-type: none"> • The Innovate and Cultivate Fund aims to bring about cost avoidance.
4.2\tProcurement/Contractual/Council Contract Procedure Rules Implications
\t<i>There are no significant implications within this category.</i>
--\t--

Implications\tOfficer Clearance
Have the resource implications been cleared by Finance?\tYes Name: Tom Kelly`);
    expect(r.startIndex).toBe(1);
    expect(r.endIndex).toBe(10);
    expect(r.implications).toEqual([
      { category: "Resource Implications", text: "A continuation of increased community capacity will help. The Innovate and Cultivate Fund aims to bring about cost avoidance." },
      { category: "Procurement/Contractual/Council Contract Procedure Rules Implications", text: "There are no significant implications within this category." },
    ]);
  });

  it("drops paragraph numbers under a category (5.1.1) and stops at the next section", () => {
    const r = read(`5.0 SIGNIFICANT IMPLICATIONS

5.1 Resource Implications

5.1.1 This report sets out details of the overall financial position of the P&C Service.

5.3 Statutory, Risk and Legal Implications

5.3.1 There are no significant implications within this category.

6.0 SOURCE DOCUMENTS`);
    expect(r.implications).toEqual([
      { category: "Resource Implications", text: "This report sets out details of the overall financial position of the P&C Service." },
      { category: "Statutory, Risk and Legal Implications", text: "There are no significant implications within this category." },
    ]);
  });

  it("gives each listed category the shared 'no significant implications' sentence", () => {
    const r = read(`5. SIGNIFICANT IMPLICATIONS

5.1 There are no significant implications within these categories:

- Resource Implications
- Localism and Local Member Involvement
- Public Health Implications

Implications\tOfficer Clearance`);
    expect(r.implications).toEqual([
      { category: "Resource Implications", text: "There are no significant implications within these categories." },
      { category: "Localism and Local Member Involvement", text: "There are no significant implications within these categories." },
      { category: "Public Health Implications", text: "There are no significant implications within these categories." },
    ]);
  });

  it("reads environment and climate items with their status and explanation", () => {
    const r = read(`4. Significant Implications

4.7 **Public Health Implications**

The report above sets out significant implications in paragraphs 1.4

4.8 Environment and Climate Change Implications on Priority Areas

4.8.1 Implication 1: Energy efficient, low carbon buildings.

neutral Status:

Explanation: Anecdotal evidence suggests there may be positive benefits.

4.8.2 Implication 2: Low carbon transport.

neutral

Explanation: No change

4.8.5 Implication 5: Water use, availability and management:

Positive Status:

Explanation: not applicable

Have the resource implications been cleared by Finance? Yes`);
    expect(r.implications.map((i) => i.category)).toEqual(["Public Health Implications", "Environment and Climate Change Implications on Priority Areas"]);
    expect(r.implications[0].text).toBe("The report above sets out significant implications in paragraphs 1.4");
    expect(r.environmentImplications).toEqual([
      { number: 1, implication: "Energy efficient, low carbon buildings", status: "Neutral", explanation: "Anecdotal evidence suggests there may be positive benefits." },
      { number: 2, implication: "Low carbon transport", status: "Neutral", explanation: "No change" },
      { number: 5, implication: "Water use, availability and management", status: "Positive", explanation: "not applicable" },
    ]);
  });

  it("keeps a section-wide 'no implications' sentence when no categories are listed", () => {
    expect(read(`2. Significant Implications\n\nThere are no significant implications within any category.\n\nAdults and Health Committee Agenda Plan`).implications).toEqual([
      { category: "Significant Implications", text: "There are no significant implications within any category." },
    ]);
  });

  it("returns nothing for a report without the section", () => {
    expect(read("1. Background\n\n- 1.1 Text").startIndex).toBe(-1);
  });
});

describe("parseImplications without numbered categories", () => {
  it("reads category headings printed on their own lines", () => {
    const lines = toLines(`4. SIGNIFICANT IMPLICATIONS\n\nResource Implications\n\nNone arising.\n\nPublic Health Implications\n\nThere are no significant implications within this category.\n`);
    expect(parseImplications(lines, 0, lines.length, isClearanceStart).implications).toEqual([
      { category: "Resource Implications", text: "None arising." },
      { category: "Public Health Implications", text: "There are no significant implications within this category." },
    ]);
  });
});
