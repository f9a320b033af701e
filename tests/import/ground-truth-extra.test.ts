import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toContractJson } from "@/lib/import/contract-json";
import { parsePack } from "@/lib/import/parse-pack";
import { REPO_ROOT, scoreAgainst } from "../support/score";

// Hand-checked facts beyond the shared partial ground truth, one file per pack (named by pack id).
const EXTRA_DIR = join(REPO_ROOT, "tests", "ground-truth-extra");
const MIN_OVERALL_PERCENT = 98;

const packIds = readdirSync(EXTRA_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

describe("importer against the extra hand-checked facts", () => {
  it("has at least one extra facts file", () => {
    expect(packIds.length).toBeGreaterThan(0);
  });

  for (const id of packIds) {
    it(`${id}: at least ${MIN_OVERALL_PERCENT}% of the extra facts`, () => {
      const text = readFileSync(join(REPO_ROOT, "data", "packs", `${id}.txt`), "utf8");
      const json = toContractJson(parsePack(text, `${id}.txt`));
      const report = scoreAgainst(join(EXTRA_DIR, `${id}.json`), json);
      console.log([`extra ground truth ${id}:`, ...report.summaryLines].join("\n  "));
      expect(report.overall.total, "the facts file holds no scored facts").toBeGreaterThan(0);
      expect(report.overall.percent!, report.wrongFacts.join("\n")).toBeGreaterThanOrEqual(MIN_OVERALL_PERCENT);
    });
  }
});
