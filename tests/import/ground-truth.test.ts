import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { toContractJson } from "@/lib/import/contract-json";
import { parsePack } from "@/lib/import/parse-pack";
import schema from "@/lib/import/agenda-pack.schema.json";
import { scoreAgainst } from "../support/score";

const PACKS = ["000_3d32fa037878c48d", "002_79826bec6554f037"];
const MUST_BE_PERFECT = ["meeting", "clerk", "members", "agendaItems"] as const;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe("importer against the hand-checked ground truth", () => {
  for (const id of PACKS) {
    const json = toContractJson(parsePack(readFileSync(`data/packs/${id}.txt`, "utf8"), `${id}.txt`));

    it(`${id}: output validates against agenda-pack.schema.json`, () => {
      const ok = validate(json);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
      expect(ok).toBe(true);
    });

    it(`${id}: at least 98% of facts, and every meeting, clerk, member and agenda-item fact`, () => {
      const report = scoreAgainst(`tests/ground-truth/${id}.json`, json);
      console.log([`ground truth ${id}:`, ...report.summaryLines].join("\n  "));
      for (const c of MUST_BE_PERFECT) {
        expect(report.categories[c].correct, `${c}: ${report.wrongFacts.filter((w) => w.includes(` ${c}`)).join("\n")}`).toBe(report.categories[c].total);
      }
      expect(report.overall.percent!, report.wrongFacts.join("\n")).toBeGreaterThanOrEqual(98);
    });
  }
});
