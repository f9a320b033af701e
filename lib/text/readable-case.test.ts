import { describe, expect, it, vi } from "vitest";

// The default proper names come from the deployment's council name: pin the demo's.
vi.stubEnv("COUNCIL_NAME", "Cambridgeshire County Council");
const { councilProperNames, readableCase } = await import("./readable-case");

describe("readableCase: shouted titles read in sentence case", () => {
  it("lower-cases a title printed in capitals, keeping its first letter", () => {
    expect(readableCase("CAMBRIDGESHIRE ADULT LEARNING AND SKILLS SERVICE")).toBe("Cambridgeshire adult learning and skills service");
    expect(readableCase("FINANCE AND PERFORMANCE REPORT – OUTTURN 2017-18")).toBe("Finance and performance report – outturn 2017-18");
    expect(readableCase("ACTION ONGOING")).toBe("Action ongoing");
  });

  it("keeps bracketed abbreviations and the council's name, with its place", () => {
    expect(readableCase("COMMUNITY RESILIENCE STRATEGY PRINCIPLES / WORKING WITH THE CAMBRIDGESHIRE COUNTY COUNCIL (CCC) SERVICE COMMITTEES"))
      .toBe("Community resilience strategy principles / working with the Cambridgeshire County Council (CCC) service committees");
    expect(readableCase("THE BEST START FOR CAMBRIDGESHIRE'S CHILDREN")).toBe("The best start for Cambridgeshire's children");
  });

  it("treats ordinals as part of a shouted title, and capitalises month and day names", () => {
    expect(readableCase("MINUTES 15th FEBRUARY 2018")).toBe("Minutes 15th February 2018");
    expect(readableCase("DATE OF NEXT MEETING – 2.00 P.M. 31ST MAY 2018")).toBe("Date of next meeting – 2.00 p.m. 31st May 2018");
    expect(readableCase("MEETING ON THURSDAY 5 JULY")).toBe("Meeting on Thursday 5 July");
  });

  it("reads 'may' as a month only beside a number", () => {
    expect(readableCase("WHAT THE COMMITTEE MAY DECIDE")).toBe("What the committee may decide");
    expect(readableCase("BUDGET TO MAY 2019")).toBe("Budget to May 2019");
  });

  it("keeps ampersand abbreviations", () => {
    expect(readableCase("MAIN ISSUES IN THE 2017-18 OUTTURN C&P FINANCE & PERFORMANCE REPORT"))
      .toBe("Main issues in the 2017-18 outturn C&P finance & performance report");
    expect(readableCase("P&C PORTFOLIO SUMMARY")).toBe("P&C portfolio summary");
  });

  it("capitalises the first letter after a quote, not after a number", () => {
    expect(readableCase("“THINK COMMUNITIES” APPROACH")).toBe("“Think communities” approach");
    expect(readableCase("2017-18 SAVINGS TRACKER")).toBe("2017-18 savings tracker");
  });
});

describe("readableCase: proper names", () => {
  it("keeps the capitals of names the caller passes, such as the committee's", () => {
    expect(readableCase("COMMUNITIES AND PARTNERSHIP COMMITTEE AGENDA PLAN", { properNames: ["Communities and Partnership Committee"] }))
      .toBe("Communities and Partnership Committee agenda plan");
    expect(readableCase("REPORT TO THE COMMUNITIES  AND PARTNERSHIP COMMITTEE", { properNames: ["Communities and Partnership Committee"] }))
      .toBe("Report to the Communities and Partnership Committee");
  });

  it("still keeps the council's name when other names are passed", () => {
    expect(readableCase("CAMBRIDGESHIRE COUNTY COUNCIL AND THE ADULTS COMMITTEE", { properNames: ["Adults Committee"] }))
      .toBe("Cambridgeshire County Council and the Adults Committee");
  });

  it("matches whole words only, longest name first", () => {
    const properNames = ["Peterborough", "Peterborough City Council"];
    expect(readableCase("WORK WITH PETERBOROUGH CITY COUNCIL", { properNames })).toBe("Work with Peterborough City Council");
    expect(readableCase("GREATER PETERBOROUGHSHIRE PLAN", { properNames })).toBe("Greater peterboroughshire plan");
    expect(readableCase("THE HEALTH PLAN", { properNames: ["Health Committee", "", null] })).toBe("The health plan");
  });

  it("takes a name's place from the council's name", () => {
    expect(councilProperNames("Cambridgeshire County Council")).toEqual(["Cambridgeshire County Council", "Cambridgeshire"]);
    expect(councilProperNames("Peterborough City Council")).toEqual(["Peterborough City Council", "Peterborough"]);
    expect(councilProperNames("East Cambridgeshire District Council")).toEqual(["East Cambridgeshire District Council", "East Cambridgeshire"]);
    expect(councilProperNames("Reading Borough Council")).toEqual(["Reading Borough Council", "Reading"]);
    expect(councilProperNames("Fenland Council")).toEqual(["Fenland Council", "Fenland"]);
    expect(councilProperNames("Council of the Isles of Scilly")).toEqual(["Council of the Isles of Scilly"]);
    expect(councilProperNames("  ")).toEqual([]);
  });
});

describe("readableCase: single words and headings", () => {
  it("leaves a single capitalised word alone, as a likely abbreviation", () => {
    expect(readableCase("DAAT")).toBe("DAAT");
    expect(readableCase("COVID-19")).toBe("COVID-19");
  });

  it("reads a single shouted word in a heading as a word", () => {
    expect(readableCase("DECISIONS", { heading: true })).toBe("Decisions");
    expect(readableCase("KEY DECISIONS", { heading: true })).toBe("Key decisions");
    expect(readableCase("Other business", { heading: true })).toBe("Other business");
  });
});

describe("readableCase: mixed-case text", () => {
  it("leaves titles that are not shouted alone", () => {
    expect(readableCase("Improving Social Mobility")).toBe("Improving Social Mobility");
    expect(readableCase("Minutes 15th February 2018")).toBe("Minutes 15th February 2018");
    expect(readableCase("Shared and Integrated Services Update for CP Committee")).toBe("Shared and Integrated Services Update for CP Committee");
    expect(readableCase("2017-18")).toBe("2017-18");
  });

  it("title-cases runs of capitalised words and keeps the rest", () => {
    expect(readableCase("COMMUNITIES AND PARTNERSHIPS COMMITTEE Delivery Plan")).toBe("Communities and Partnerships Committee Delivery Plan");
    expect(readableCase("Library Vision Action Log")).toBe("Library Vision Action Log");
    expect(readableCase("Report on CCC SERVICE COMMITTEES")).toBe("Report on CCC Service Committees");
  });

  it("keeps short acronyms in a run as printed", () => {
    expect(readableCase("CCC SERVICE COMMITTEES review")).toBe("CCC Service Committees review");
    expect(readableCase("The P&C report")).toBe("The P&C report");
  });

  it("handles hyphens and apostrophes in a run", () => {
    expect(readableCase("CAMBRIDGE-SHIRE ADULT LEARNING plan")).toBe("Cambridge-Shire Adult Learning plan");
    expect(readableCase("The COUNCIL'S ROLE")).toBe("The Council's Role");
  });

  it("leaves a single capitalised word among mixed-case words alone", () => {
    expect(readableCase("The DSG summary")).toBe("The DSG summary");
    expect(readableCase("APPENDIX 1 – P&C Service")).toBe("APPENDIX 1 – P&C Service");
  });

  it("keeps proper names in a run", () => {
    expect(readableCase("WORKING WITH MCDONALD TRUST Partners", { properNames: ["McDonald Trust"] })).toBe("Working with McDonald Trust Partners");
  });
});
