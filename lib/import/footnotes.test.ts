import { describe, expect, it } from "vitest";
import { extractFootnotes, footnoteText } from "./footnotes";
import { IssueLog } from "./issue-log";
import { toLines } from "./source-lines";

describe("extractFootnotes", () => {
  it("removes footnote bodies and joins the sentence they split", () => {
    const issues = new IssueLog();
    const { lines, footnotes } = extractFootnotes(toLines(`- 2.1 The economic impact of the lockdowns and restrictions on families and individuals is likely

² The methodology used to calculate the Cost Benefits is based on the New Economy Manchester model.

<https://www.greatermanchester-ca.gov.uk/what-wedo/research/research-cost-benefit-analysis/>

³ [CLAS Annual Service Report \\(makingmoneycount.org.uk\\)](https://www.makingmoneycount.org.uk) page 12.

to be severe⁴. Local evidence suggests that people are experiencing economic hardship.

2.2 Commissioners have been asked`), issues);
    expect(lines.map((l) => [l.n, l.text])).toEqual([
      [1, "- 2.1 The economic impact of the lockdowns and restrictions on families and individuals is likely to be severe⁴. Local evidence suggests that people are experiencing economic hardship."],
      [10, ""],
      [11, "2.2 Commissioners have been asked"],
    ]);
    expect(footnotes).toEqual([
      { marker: "2", text: "The methodology used to calculate the Cost Benefits is based on the New Economy Manchester model. https://www.greatermanchester-ca.gov.uk/what-wedo/research/research-cost-benefit-analysis/" },
      { marker: "3", text: "CLAS Annual Service Report (makingmoneycount.org.uk) (https://www.makingmoneycount.org.uk) page 12." },
    ]);
    expect(issues.issues).toEqual([]);
  });

  it("leaves a paragraph that ended before the footnote alone, and reads a doubled marker", () => {
    const issues = new IssueLog();
    const { lines, footnotes } = extractFootnotes(toLines(`4.7 Public Health Implications

⁷ Social Metrics Commission 2019

⁸⁸ [Carbon Footprint - Tesco PLC](#)

The report above sets out significant implications in paragraphs 1.4`), issues);
    expect(lines.map((l) => l.text).filter((t) => t !== "")).toEqual(["4.7 Public Health Implications", "The report above sets out significant implications in paragraphs 1.4"]);
    expect(footnotes).toEqual([{ marker: "7", text: "Social Metrics Commission 2019" }, { marker: "8", text: "Carbon Footprint - Tesco PLC" }]);
    expect(issues.issues[0]).toMatchObject({ code: "footnote-marker-doubled", line: 5 });
  });

  it("flags a doubled marker in the text when only the single footnote exists", () => {
    const issues = new IssueLog();
    extractFootnotes(toLines("98.6% were made within 24 hours in 2020-21³³, against a target of\n\n³ Quarterly contract monitoring reports.\n\n95%. The provider"), issues);
    expect(issues.issues.map((i) => i.code)).toEqual(["footnote-marker-doubled"]);
  });
});

describe("footnoteText", () => {
  it("keeps link targets as plain text", () => {
    expect(footnoteText("<https://obr.uk/coronavirus-analysis/>")).toBe("https://obr.uk/coronavirus-analysis/");
  });
});
