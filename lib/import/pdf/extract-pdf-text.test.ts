import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linesDown, makeImageOnlyPdf, makePasswordProtectedPdf, makePdf, widthOf, type DrawnText } from "@/tests/support/synthetic-pdf";
import { toDocumentLines } from "../document/document-lines";
import { extractPdfText } from "./extract-pdf-text";
import { PdfReadError, SCANNED_MESSAGE } from "./pdf-read-error";
import { normaliseRunText } from "./text-run";

async function textOf(pages: DrawnText[][]): Promise<string> {
  return (await extractPdfText(await makePdf(pages))).text;
}

async function problemOf(bytes: Uint8Array, limits = {}): Promise<string> {
  try {
    await extractPdfText(bytes, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(PdfReadError);
    return (err as PdfReadError).problem;
  }
  throw new Error("expected a PdfReadError");
}

describe("extractPdfText: layout", () => {
  it("joins table columns with tabs, one row a line", async () => {
    const text = await textOf([[
      { text: "4", x: 60, y: 700 }, { text: "Recommissioning of the Local Assistance Scheme", x: 90, y: 700 }, { text: "5 - 12", x: 480, y: 700 },
      { text: "5", x: 60, y: 686 }, { text: "Improving Social Mobility", x: 90, y: 686 }, { text: "13 - 34", x: 480, y: 686 },
    ]]);
    expect(text.split("\n")).toEqual(["4\tRecommissioning of the Local Assistance Scheme\t5 - 12", "5\tImproving Social Mobility\t13 - 34"]);
  });

  it("reads a block printed beside another one block after the other", async () => {
    const text = await textOf([[
      ...linesDown(["The meeting will be held at the Council Offices,", "Market Square, Newtown", "on the date shown above."], 60, 600),
      ...linesDown(["Contact:", "Jo Bloggs", "Telephone: 01234 567890", "Email: jo@example.org"], 350, 600),
    ]]);
    expect(text.split("\n")).toEqual([
      "The meeting will be held at the Council Offices,", "Market Square, Newtown", "on the date shown above.",
      "",
      "Contact:", "Jo Bloggs", "Telephone: 01234 567890", "Email: jo@example.org",
    ]);
  });

  it("reads two columns of running text one column after the other", async () => {
    const left = ["The committee met to consider the report", "on the future of the library service and", "heard from residents who had written in", "about opening hours in the smaller towns", "and the mobile library routes that serve"];
    const right = ["Members asked officers to set out the costs", "of each option before the next meeting and", "to consult the parish councils on the draft", "proposals during the summer months so that", "a decision can be taken in the autumn."];
    const text = await textOf([[...linesDown(left, 40, 700), ...linesDown(right, 310, 700)]]);
    expect(text.split("\n")).toEqual([...left, "", ...right]);
  });

  it("keeps a label and its value on one line", async () => {
    const text = await textOf([[
      ...linesDown(["Clerk Name:", "Clerk Telephone:", "Clerk Email:"], 60, 600),
      ...linesDown(["Nick Mills", "01223 699763", "nick.mills@example.org"], 200, 600),
    ]]);
    expect(text.split("\n")).toEqual(["Clerk Name:\tNick Mills", "Clerk Telephone:\t01223 699763", "Clerk Email:\tnick.mills@example.org"]);
  });

  it("puts a blank line at a paragraph break but not between lines of a paragraph", async () => {
    const text = await textOf([[
      ...linesDown(["First paragraph, first line", "first paragraph, second line"], 60, 700),
      ...linesDown(["Second paragraph"], 60, 650),
    ]]);
    expect(text).toBe("First paragraph, first line\nfirst paragraph, second line\n\nSecond paragraph");
  });

  it("separates pages with a form feed, which the importer reads as the page", async () => {
    const bytes = await makePdf([linesDown(["On page one"], 60, 700), linesDown(["On page two"], 60, 700), linesDown(["On page three"], 60, 700)]);
    const { text, pageCount } = await extractPdfText(bytes);
    expect(pageCount).toBe(3);
    expect(text).toBe("On page one\n\fOn page two\n\fOn page three");
    expect(toDocumentLines(text).map((l) => [l.text, l.page])).toEqual([["On page one", 1], ["On page two", 2], ["On page three", 3]]);
  });

  it("joins runs that touch without a space, and runs with a real gap with one", async () => {
    const text = await textOf([[
      { text: "Com", x: 60, y: 700 }, { text: "mittee", x: 60 + (await widthOf("Com")), y: 700 },
      { text: "Report", x: 60, y: 686 }, { text: "of the Director", x: 60 + (await widthOf("Report ")), y: 686 },
    ]]);
    expect(text.split("\n")).toEqual(["Committee", "Report of the Director"]);
  });

  it("joins a raised, smaller suffix to its line", async () => {
    const before = 60 + (await widthOf("Minutes of 8"));
    const after = before + (await widthOf("th", 7)) + (await widthOf(" "));
    const text = await textOf([[{ text: "Minutes of 8", x: 60, y: 700 }, { text: "th", x: before, y: 704, size: 7 }, { text: "October", x: after, y: 700 }]]);
    expect(text).toBe("Minutes of 8th October");
  });

  it("keeps hyphenation as printed rather than guessing at words", async () => {
    const text = await textOf([linesDown(["a multi-", "agency partnership and a well-", "known scheme"], 60, 700)]);
    expect(text.split("\n")).toEqual(["a multi-", "agency partnership and a well-", "known scheme"]);
  });

  it("normalises compatibility characters (NFKC) and never passes control characters through", async () => {
    expect(normaliseRunText("ﬁnance ﬂow")).toBe("finance flow");
    expect(normaliseRunText("a\fb\u0000c\td")).toBe("a b c d");
    expect(await textOf([[{ text: "Page two…\u00a0end", x: 60, y: 700 }]])).toBe("Page two... end");
  });
});

describe("extractPdfText: running headers, footers and page numbers", () => {
  it("are marked as furniture on every page, and the body is not", async () => {
    const body = [["The committee received the report", "of the director."], ["Members asked about the budget", "for the coming year."],
      ["The chairman thanked officers", "for their work."], ["RESOLVED that the report", "be noted."]];
    const pages = [1, 2, 3, 4].map((n) => [
      { text: "Newtown Borough Council", x: 60, y: 800, size: 9 }, { text: "Planning Committee, 1 May 2025", x: 380, y: 800, size: 9 },
      ...linesDown(body[n - 1], 60, 700),
      { text: `Page ${n} of 4`, x: 270, y: 40, size: 9 },
    ]);
    const lines = toDocumentLines((await extractPdfText(await makePdf(pages))).text);
    const furniture = lines.filter((l) => l.furniture).map((l) => l.text);
    expect(furniture).toEqual([1, 2, 3, 4].flatMap((n) => ["Newtown Borough Council\tPlanning Committee, 1 May 2025", `Page ${n} of 4`]));
    expect(lines.filter((l) => !l.furniture && l.text !== "").map((l) => l.text)).toEqual(body.flat());
  });

  it("marks bare page numbers that keep step with the pages", async () => {
    const body = ["Apologies were received.", "No declarations were made.", "The minutes were agreed."];
    const pages = [1, 2, 3].map((n) => [...linesDown([body[n - 1]], 60, 700), { text: String(n + 10), x: 290, y: 40 }]);
    const lines = toDocumentLines((await extractPdfText(await makePdf(pages))).text);
    expect(lines.filter((l) => l.furniture).map((l) => l.text)).toEqual(["11", "12", "13"]);
  });
});

describe("extractPdfText: what cannot be read", () => {
  it("says a PDF with no text layer looks scanned", async () => {
    await expect(extractPdfText(await makeImageOnlyPdf())).rejects.toThrow(SCANNED_MESSAGE);
    expect(await problemOf(await makeImageOnlyPdf())).toBe("scanned");
  });

  it("says a password-protected PDF cannot be read", async () => {
    expect(await problemOf(await makePasswordProtectedPdf())).toBe("encrypted");
  });

  it("says garbage, and a PDF cut short, are damaged", async () => {
    expect(await problemOf(new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF at all\n"))).toBe("unreadable");
    const whole = await makePdf([linesDown(["Some text on the page"], 60, 700)]);
    expect(await problemOf(whole.slice(0, Math.floor(whole.length / 3)))).toBe("unreadable");
    expect(await problemOf(new Uint8Array(0))).toBe("unreadable");
  });

  it("refuses documents over the page and size caps before reading them", async () => {
    const three = await makePdf([[], [], []].map(() => linesDown(["Enough text to count as a text layer"], 60, 700)));
    expect(await problemOf(three, { maxPages: 2 })).toBe("too-many-pages");
    expect(await problemOf(three, { maxBytes: 100 })).toBe("too-large");
  });

  it("stops a document that overruns its time, and reads the next one with a fresh reader", async () => {
    // Seventeen real pages take far longer than a millisecond to read.
    expect(await problemOf(new Uint8Array(readFileSync("tests/realworld/kent/kent-cabinet-2025-01-30-printed-minutes.pdf")), { timeLimitMs: 1 })).toBe("too-slow");
    const bytes = await makePdf([linesDown(["Enough text to count as a text layer"], 60, 700)]);
    expect((await extractPdfText(bytes)).text).toBe("Enough text to count as a text layer");
  });
});
