import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePack } from "@/lib/import/parse-pack";
import { parseSource } from "@/lib/import/parse-source";
import type { ParsedAgendaItem } from "@/lib/import/parsed";
import { printableText, printTextAsPdf } from "../support/synthetic-pdf";

/**
 * A pack printed to PDF (a row a line, cells at column stops, 50 rows a page, a running header
 * and a page number on every page) and read back gives the same front-sheet facts as its text:
 * the PDF path, the paging and the furniture rule end to end, on documents we know the answers to.
 */
const PACKS = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt", "tests/fixtures/packs/adults-2022-01-20.txt"];

const itemFacts = (i: ParsedAgendaItem) => [i.number, i.title, i.section, i.pageStart, i.pageEnd];

describe("a pack printed to PDF reads back as its text does", () => {
  for (const file of PACKS) {
    it(file, async () => {
      const text = printableText(readFileSync(file, "utf8"));
      const bytes = await printTextAsPdf(text, { header: "Committee papers - published for the meeting" });
      const { pack, source } = await parseSource(bytes, "pack.pdf");
      const expected = parsePack(text, "pack.txt");
      expect(source.mediaType).toBe("application/pdf");
      expect(source.pageCount).toBeGreaterThan(5);
      expect({ ...pack.meeting, line: 0 }).toEqual({ ...expected.meeting, line: 0 });
      expect(pack.agendaItems.map(itemFacts)).toEqual(expected.agendaItems.map(itemFacts));
      expect(pack.members.map((m) => m.name)).toEqual(expected.members.map((m) => m.name));
      expect(pack.reports.map((r) => r.title)).toEqual(expected.reports.map((r) => r.title));
      expect(pack.clerk).toEqual(expected.clerk);
    });
  }
});
