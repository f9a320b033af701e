import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { toDocumentLines, type DocLine } from "@/lib/import/document/document-lines";
import { extractPdfText } from "@/lib/import/pdf/extract-pdf-text";

/**
 * Text extraction on five real council PDFs (tests/realworld/kent, see its README), checked
 * against facts read off the printed page and against pdftotext's output beside each PDF.
 * What the importer makes of the text is tested elsewhere.
 */
const DIR = "tests/realworld/kent";
const DOCS = {
  cabinetFrontSheet: { name: "kent-cabinet-2025-01-30-agenda-frontsheet", pages: 2 },
  cabinetMinutes: { name: "kent-cabinet-2025-01-30-printed-minutes", pages: 17 },
  cabinetReportsPack: { name: "kent-cabinet-2025-03-13-public-reports-pack", pages: 2 },
  councilFrontSheet: { name: "kent-county-council-2025-03-13-agenda-frontsheet", pages: 4 },
  councilMinutes: { name: "kent-county-council-2025-03-13-printed-minutes", pages: 19 },
};
type Doc = keyof typeof DOCS;

const extracted = {} as Record<Doc, { text: string; pageCount: number; lines: DocLine[] }>;

beforeAll(async () => {
  for (const [key, doc] of Object.entries(DOCS) as [Doc, (typeof DOCS)[Doc]][]) {
    const { text, pageCount } = await extractPdfText(new Uint8Array(readFileSync(`${DIR}/${doc.name}.pdf`)));
    extracted[key] = { text, pageCount, lines: toDocumentLines(text) };
  }
});

const textLines = (doc: Doc) => extracted[doc].lines.map((l) => l.text);
const words = (text: string) => text.normalize("NFKC").split(/\s+/).filter(Boolean);

describe("real PDFs: pages", () => {
  it("counts the pages and puts a form feed between each", () => {
    for (const [key, doc] of Object.entries(DOCS) as [Doc, (typeof DOCS)[Doc]][]) {
      expect(extracted[key].pageCount, doc.name).toBe(doc.pages);
      expect(extracted[key].lines.at(-1)?.page, doc.name).toBe(doc.pages);
    }
  });

  it("loses and invents no word, compared with pdftotext -layout (letter-spaced headings aside)", () => {
    for (const key of Object.keys(DOCS) as Doc[]) {
      const ours = words(extracted[key].text.replace(/\bA G E N D A\b/g, "AGENDA")).sort();
      const theirs = words(readFileSync(`${DIR}/${DOCS[key].name}.layout.txt`, "utf8")).sort();
      expect(ours, DOCS[key].name).toEqual(theirs);
    }
  });
});

describe("real PDFs: running footers and page numbers", () => {
  it("marks each printed page number of the minutes as furniture, on its own page", () => {
    const marked = extracted.cabinetMinutes.lines.filter((l) => l.furniture);
    expect(marked.map((l) => [l.page, l.text])).toEqual(Array.from({ length: 17 }, (_, i) => [i + 1, String(i + 1)]));
  });

  it("marks nothing in documents that print no page numbers", () => {
    for (const key of ["cabinetFrontSheet", "cabinetReportsPack", "councilFrontSheet", "councilMinutes"] as Doc[]) {
      expect(extracted[key].lines.filter((l) => l.furniture).map((l) => l.text), DOCS[key].name).toEqual([]);
    }
  });
});

describe("real PDFs: lines as printed", () => {
  it("keeps the opening line of the minutes whole", () => {
    expect(textLines("cabinetMinutes")).toContain("MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions");
    expect(textLines("councilMinutes")).toContain("MINUTES of a meeting of the County Council held in the Council Chamber,");
  });

  it("keeps each front-sheet agenda item's number and title on one line, tab between", () => {
    const cabinet = textLines("cabinetFrontSheet");
    expect(cabinet).toContain("1.\tApologies");
    expect(cabinet).toContain("3.\tMinutes of the Meeting held on 9th January 2025 (Pages 1 - 10)");
    expect(cabinet).toContain("5.\t24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25");
    expect(cabinet.filter((l) => /^\d+\.\t/.test(l))).toHaveLength(9);
    const council = textLines("councilFrontSheet");
    expect(council).toContain("9.\tReview of Decision 24/00093 - Commissioned Family Hubs\t(Pages 31 - 190)");
    expect(council.filter((l) => /^\d+\.\t/.test(l))).toHaveLength(17);
  });

  it("reads the date-and-venue block and the contact block beside it one after the other", () => {
    const lines = textLines("cabinetFrontSheet");
    const start = lines.indexOf("Thursday, 30th January, 2025, at 10.00 am");
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, start + 9)).toEqual([
      "Thursday, 30th January, 2025, at 10.00 am",
      "Council Chamber, Sessions House,",
      "County Hall, Maidstone",
      "",
      "Ask for:\tGeorgina Little",
      "Telephone:\tTel: 03000 414043",
      "Email:",
      "georgina.little@kent",
      ".gov.uk",
    ]);
  });

  it("separates paragraphs with a blank line, and minute headings from their text", () => {
    const lines = textLines("cabinetMinutes");
    const i = lines.indexOf("84.\tApologies");
    expect(lines.slice(i, i + 4)).toEqual(["84.\tApologies", "(Item 1)", "", "Apologies were received from Mrs C Bell."]);
  });

  it("reads a justified list of names as prose, not as table columns", () => {
    expect(textLines("councilMinutes")).toContain("Mr G Cooke, Mr D Crow-Brown, Mr M C Dance, Ms M Dawkins,");
  });

  it("keeps words hyphenated at a line end as printed (pdftotext's default mode joins them)", () => {
    const lines = textLines("cabinetMinutes");
    const i = lines.indexOf("two runners-up and listed all participating schools. There were 114 high-");
    expect(lines[i + 1]).toBe("quality entries, and certificates were awarded to the winners. Mr Love also");
  });

  it("keeps a page that is left blank on purpose as its own page", () => {
    const last = extracted.cabinetReportsPack.lines.filter((l) => l.page === 2 && l.text !== "");
    expect(last.map((l) => l.text)).toEqual(["This page is intentionally left blank"]);
  });
});
