import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factsInProse, parseFundingFacts, sentences } from "./funding-facts";
import { IssueLog } from "./issue-log";
import type { PackContext } from "./pack-context";
import { toLines } from "./source-lines";

function contextOf(text: string): PackContext {
  return { lines: toLines(text), issues: new IssueLog(), meetingDate: null, agendaItems: [], reports: [] };
}

const pack2018 = readFileSync("data/packs/000_3d32fa037878c48d.txt", "utf8");
const pack2021 = readFileSync("data/packs/002_79826bec6554f037.txt", "utf8");

// From the 2021 CLAS report (lines 125-139), under its report header.
const CLAS = [
  "Recommissioning of Cambridgeshire's Local Assistance Scheme", "", "To: Communities and Partnership Committee", "",
  "Meeting Date: 4 March 2021", "",
  "- 1.1 CLAS awards grants, recycled goods, white goods, debt and benefit advice and support to eligible families. CLAS has an annual budget of £300,000, of which £132,000 is distributed in the form of grants.",
  "- 1.3 These families saw their income maximised by £7.2million¹.",
  "- 1.6 In May 2020 the Council approved an additional £66,000 to help people in hardship affected by Covid-19. In order to help manage this growing demand, the value of supermarket vouchers was reduced from £120.22 to £76.25.",
  "¹ Income maximised figure includes debts written off, accessing benefits, and switching to better energy deals.",
  "- 1.7 In the last 3 years, CLAS has delivered at least £1.4million³ of costs avoided to the County Council and £3million to the wider public purse.",
  "- 1.9 The total value of this 5-year contract will be £1,500,000.00 and is in excess of the £500,000.00 procurement threshold.",
  "2.2 We have a responsibility to ensuring that the budget, £300,000 per year, is used to support those in greatest financial hardship.",
  "⁶ [Additional £38 million for debt advice funding in England goes into action | The Money and Pensions Service](#) [accessed Jan 21]",
].join("\n");

describe("funding facts in report prose", () => {
  const facts = parseFundingFacts(contextOf(CLAS));
  const amounts = facts.map((f) => f.amountGbp);

  it("reads budgets, grants, contract values and costs avoided, in pounds, once per figure", () => {
    expect(amounts).toEqual([300000, 132000, 7200000, 66000, 1400000, 3000000, 1500000, 500000]);
    expect(facts.find((f) => f.amountGbp === 1500000)).toMatchObject({
      asPrinted: "£1,500,000.00", reportTitle: "Recommissioning of Cambridgeshire's Local Assistance Scheme",
    });
    expect(facts[0].label).toBe("CLAS has an annual budget of £300,000");
  });

  it("keeps footnote markers out of the figure", () => {
    expect(facts.find((f) => f.amountGbp === 1400000)?.asPrinted).toBe("£1.4million");
  });

  it("skips voucher prices and cited article titles", () => {
    expect(amounts).not.toContain(120.22);
    expect(amounts).not.toContain(76.25);
    expect(amounts).not.toContain(38000000);
  });
});

describe("the same amount twice in one report", () => {
  // From the 2021 libraries report (lines 1255 and 1261): two different grants of £10k.
  const LIBRARIES = [
    "Cambridgeshire Libraries: Review and Future Priorities", "", "- To: Communities and Partnership Committee",
    "- Meeting Date: 4 March 2021", "",
    "- Successful bid to Reading Agency to secure £10k to further extend the 'Reading a Little Aloud' project to include telephone conferencing.",
    "- Gained funding of £10k from the council's Early Years' Service to increase the number of children aged between 0 and 4 with library membership.",
    "- A budget of £10k from the same service.",
    "£10k",
  ].join("\n");

  it("keeps two figures whose sentences are about different things, and drops restatements", () => {
    const facts = parseFundingFacts(contextOf(LIBRARIES)).filter((f) => f.amountGbp === 10000);
    expect(facts.map((f) => f.line)).toEqual([6, 7]);
  });

  it("keeps the CLAS budget once though the report states it twice", () => {
    expect(parseFundingFacts(contextOf(CLAS)).filter((f) => f.amountGbp === 300000)).toHaveLength(1);
  });
});

describe("funding facts outside reports", () => {
  it("reads minutes prose with no report title, skipping value-for-money ratios", () => {
    const facts = parseFundingFacts(contextOf(pack2018)).filter((f) => f.reportTitle === null);
    const amounts = facts.map((f) => f.amountGbp);
    expect(amounts).toEqual(expect.arrayContaining([5200000, 2000000, 1500]));
    expect(amounts).not.toContain(10);
    expect(amounts).not.toContain(1);
  });

  it("reads prose cells of table rows (report paragraphs printed as tab rows)", () => {
    const facts = parseFundingFacts(contextOf(pack2018));
    expect(facts.find((f) => f.amountGbp === 1000000 && f.asPrinted === "£1million")).toBeDefined();
    expect(facts.find((f) => f.asPrinted === "£600k")?.label).toMatch(/allocated/);
  });

  it("reads no figure from finance-table cells", () => {
    const amounts = parseFundingFacts(contextOf(pack2021)).map((f) => f.amountGbp);
    expect(amounts).not.toContain(455000); // "£455k" key activity cell
    expect(amounts).toEqual(expect.arrayContaining([1172000, 230000, 5000000, 7656000]));
  });
});

describe("helpers", () => {
  it("splits sentences without breaking figures", () => {
    expect(sentences("It costs £1.4million. Then £2k was spent. e.g. this")).toEqual(["It costs £1.4million.", "Then £2k was spent. e.g. this"]);
  });

  it("leaves changes since the last report and reporting thresholds out", () => {
    expect(factsInProse("This is an increase of £28k from January and the budget is £2m.").map((f) => f.amountGbp)).toEqual([2000000]);
    expect(factsInProse("A variance greater than 2% of annual budget or £100,000 whichever is greater.")).toEqual([]);
  });

  it("never throws on arbitrary prose", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => parseFundingFacts(contextOf(`To: X\nMeeting Date: 1 May 2020\nThe budget is £${s} and ${s}`))).not.toThrow();
    }));
  });
});
