import { describe, expect, it } from "vitest";
import { findMinuteHeadingsAnyConvention } from "./minute-headings";
import { toLines } from "./source-lines";

const headings = (text: string) => findMinuteHeadingsAnyConvention(toLines(text)).map((h) => [h.number, h.title]);

describe("minute headings in other conventions", () => {
  it("reads '84.' alone above a title followed by '(Item 1)'", () => {
    expect(headings("84.\nApologies\n(Item 1)\nNone.\n85.\nRevenue Budget Monitoring Report –\nNovember 2024\n(Item 5)\nText.")).toEqual([
      [84, "Apologies"], [85, "Revenue Budget Monitoring Report – November 2024"],
    ]);
  });

  it("reads the number printed beside the title ('88.<tab>Title', wrapped) above '(Item 5)', not as an enumerated paragraph", () => {
    expect(headings("84.\tApologies\n(Item 1)\n\nNone.\n\n88.\t24/00108 - Revenue Monitoring – November\n2024-25\n(Item 5)\n\n1. Mr Oakford introduced the report.")).toEqual([
      [84, "Apologies"], [88, "24/00108 - Revenue Monitoring – November 2024-25"],
    ]);
  });

  it("takes the number that follows on when reading order printed it among the previous minute's lines", () => {
    expect(headings("Devolution\n(Item 11)\n1) Text.\n303.\n\nRESOLVED that it be noted.\n\nTreasury Management\n(Item 12)\nText.")).toEqual([
      [11, "Devolution"], [303, "Treasury Management"],
    ]);
  });

  it("numbers a heading without a minute number after its item (the contract needs a number), across a page number", () => {
    expect(headings("Work programme\n(Item 12)\nNoted.\n\nThe Joint Housing Protocol\n6\n\n\n(Item 13)\nText.")).toEqual([
      [12, "Work programme"], [13, "The Joint Housing Protocol"],
    ]);
  });

  it("reads '93/18 TITLE', '20.01.05 Title' and 'Minute 12 – Title'", () => {
    expect(headings("93/18 APOLOGIES\ntext\n94/18 MINUTES\ntext")).toEqual([[93, "APOLOGIES"], [94, "MINUTES"]]);
    expect(headings("20.01.05 Planning applications\ntext\n20.01.06 Finance\ntext")).toEqual([[5, "Planning applications"], [6, "Finance"]]);
    expect(headings("Minute 10 – Apologies for absence\n\ntext\nMinute 11 – Declarations of interest")).toEqual([[10, "Apologies for absence"], [11, "Declarations of interest"]]);
  });
});
