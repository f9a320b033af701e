import { describe, expect, it } from "vitest";
import { documentsOfRow, parseSourceDocuments } from "./report-source-documents";
import { toLines } from "./source-lines";

const read = (text: string) => {
  const lines = toLines(text);
  return parseSourceDocuments(lines, 0, lines.length);
};

describe("parseSourceDocuments", () => {
  it("reads the (document, location) table", () => {
    const r = read(`Have any Public Health implications been cleared by Public Health\tYes Name of Officer: Val Thomas

Source Documents\tLocation
The Casey Review: A Review into Opportunity and Integration, December 2016\thttps://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/575973/The_Casey_Review_Report.pdf
Integrated Communities Strategy Green Paper, March 2018\thttps://www.gov.uk/government/consultations/integrated-communities-strategy-green-paper

APPENDIX 1`);
    expect(r.documents).toEqual([
      { title: "The Casey Review: A Review into Opportunity and Integration, December 2016", location: "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/575973/The_Casey_Review_Report.pdf" },
      { title: "Integrated Communities Strategy Green Paper, March 2018", location: "https://www.gov.uk/government/consultations/integrated-communities-strategy-green-paper" },
    ]);
    expect(r.startIndex).toBe(2);
    expect(r.endIndex).toBe(5);
  });

  it("reads None (plain or in italics) as no documents", () => {
    expect(read("Source Documents\tLocation\n<i>None</i>\t\n\nIntegrated Communities Strategy Green Paper").documents).toEqual([]);
    expect(read("5. Source documents\n\n5.1 None\n\n\n\nMinistry of Housing,").documents).toEqual([]);
    expect(read("5. **Source documents guidance**\n\n5.1 **Source documents**\n\nNone\n\nLIBRARIES AND COMMUNITIES – VISION").documents).toEqual([]);
  });

  it("reads numbered items with markdown links and an autolink followed by a note", () => {
    const r = read(`5. Source documents

- 5.1 CLAS Annual Service Report: Financial Year 2019/2020 and Quarter 1 of Financial Year 2020/2021 (Covid 19)

[CLAS Annual Service Report \\(makingmoneycount.org.uk\\)](https://www.makingmoneycount.org.uk)

- 5.3 Integrated Finance Monitoring Report for the period ending 31st August 2020

<https://www.cambridgeshire.gov.uk/asset-library/Integrated-Finance-Monitoring-Report-August-2020.pdf> (Appendix 3 page 30)

Report of the Service Director for Communities and Partnerships`);
    expect(r.documents).toEqual([
      { title: "CLAS Annual Service Report: Financial Year 2019/2020 and Quarter 1 of Financial Year 2020/2021 (Covid 19)", location: "https://www.makingmoneycount.org.uk" },
      { title: "Integrated Finance Monitoring Report for the period ending 31st August 2020", location: "https://www.cambridgeshire.gov.uk/asset-library/Integrated-Finance-Monitoring-Report-August-2020.pdf" },
    ]);
  });

  it("reads the 'Source documents' / 'Location' sub-item layout and a place printed under an item", () => {
    expect(read(`5. Source documents

5.1 Source documents

As well as presentation of the FMR to the Committee the report is made available online each month.

5.2 Location

<https://www.cambridgeshire.gov.uk/council/finance-and-budget/finance-&-performance-reports/>

Service: People and Communities (P&C)`).documents).toEqual([
      { title: "As well as presentation of the FMR to the Committee the report is made available online each month.", location: "https://www.cambridgeshire.gov.uk/council/finance-and-budget/finance-&-performance-reports/" },
    ]);
    expect(read(`5. Source documents\n\n- 5.1 Community Equipment Service contract, 2017\n\nRoom 3.02, New Shire House, Tanner's Walk, Brackenford\n`).documents).toEqual([
      { title: "Community Equipment Service contract, 2017", location: "Room 3.02, New Shire House, Tanner's Walk, Brackenford" },
    ]);
  });
});

describe("documentsOfRow", () => {
  it("pairs a bulleted list of titles with one location paragraph each", () => {
    expect(documentsOfRow(
      `<ul style="list-style-type: none"> • DASV Annual Report (Draft) • DASV Delivery Board Terms of Reference • DCLG Grant Evaluation Report, Shirley Magilton `,
      `<p>Draft document available on request</p> <p>http://www.cambsdasv.org.uk/web/site/the_dasv_partnership/84035</p> <p>Document currently in draft and is available on request</p>`,
    )).toEqual([
      { title: "DASV Annual Report (Draft)", location: "Draft document available on request" },
      { title: "DASV Delivery Board Terms of Reference", location: "http://www.cambsdasv.org.uk/web/site/the_dasv_partnership/84035" },
      { title: "DCLG Grant Evaluation Report, Shirley Magilton", location: "Document currently in draft and is available on request" },
    ]);
  });

  it("splits titles run together after their dates", () => {
    expect(documentsOfRow("General Purposes Agenda and Minutes – 13 June 2017 Communities and Partnership agenda and Minutes – 26 th October 2017 General Purposes Committee 29 th May 2018", "").map((d) => d.title)).toEqual([
      "General Purposes Agenda and Minutes – 13 June 2017",
      "Communities and Partnership agenda and Minutes – 26 th October 2017",
      "General Purposes Committee 29 th May 2018",
    ]);
  });
});
