/**
 * The real Kent County Council PDFs read end to end (PDF text extraction, then the importer),
 * scored against the same hand-checked facts as their pdftotext texts. Floors are a ratchet:
 * the PDF path must read these documents about as well as the text path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toContractJson } from "@/lib/import/contract-json";
import { parseSource } from "@/lib/import/parse-source";
import { REPO_ROOT, scoreAgainst } from "../support/score";

const KENT = join(REPO_ROOT, "tests", "realworld", "kent");

const FLOORS: Record<string, number> = {
  "kent-cabinet-2025-01-30-agenda-frontsheet": 94,
  "kent-cabinet-2025-01-30-printed-minutes": 98,
  "kent-cabinet-2025-03-13-public-reports-pack": 95,
  "kent-county-council-2025-03-13-agenda-frontsheet": 95,
  "kent-county-council-2025-03-13-printed-minutes": 90,
};

describe("the Kent PDFs, extracted and imported", () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}.pdf scores at least ${floor}% of the hand-checked facts`, async () => {
      const { pack } = await parseSource(new Uint8Array(readFileSync(join(KENT, `${name}.pdf`))), `${name}.pdf`);
      const report = scoreAgainst(join(KENT, "expected", `${name}.json`), toContractJson(pack));
      expect(report.overall.percent!, report.wrongFacts.slice(0, 20).join("\n")).toBeGreaterThanOrEqual(floor);
    });
  }
});
