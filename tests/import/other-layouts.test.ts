/**
 * The importer on documents it was not written against: real Kent County Council front sheets
 * and minutes (tests/realworld/kent) and synthetic fixtures of other councils' conventions
 * (tests/fixtures/conventions), each scored against hand-checked facts. Per-file floors are a
 * ratchet (raise them as the importer improves); the summary is printed per category.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, describe, expect, it } from "vitest";
import { toContractJson } from "@/lib/import/contract-json";
import { parsePack } from "@/lib/import/parse-pack";
import schema from "@/lib/import/agenda-pack.schema.json";
import { formatPercent, REPO_ROOT, SCORE_CATEGORIES, scoreAgainst, type ScoreCategory } from "../support/score";

const KENT = join(REPO_ROOT, "tests", "realworld", "kent");
const CONVENTIONS = join(REPO_ROOT, "tests", "fixtures", "conventions");
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/**
 * Minimum overall percentage per document. The Corporate Parenting Panel minutes print no minute
 * numbers; their expected entries have `number: null`, which the contract (an integer) cannot
 * give and the scorer cannot match, so 79 of their 132 facts are out of reach.
 */
const FLOORS: Record<string, number> = {
  "01-kent-cabinet-pack-2025-03-04": 98,
  "02-kent-corporate-parenting-panel-2024-10-29": 40,
  "kent-cabinet-2025-01-30-agenda-frontsheet": 98,
  "kent-cabinet-2025-01-30-printed-minutes": 98,
  "kent-cabinet-2025-03-13-public-reports-pack": 95,
  "kent-county-council-2025-03-13-agenda-frontsheet": 95,
  "kent-county-council-2025-03-13-printed-minutes": 90,
  "brackenshire-cabinet-2024-09-18": 97,
  "coldharbour-fgp-2024-11-12": 88,
  "dunmere-licensing-2018-10-15": 93,
  "eastwold-parish-2020-01-14": 82,
  "fernley-record-of-decision-2024-04-09": 97,
  "greyford-scrutiny-2025-02-04": 97,
  "hollinbridge-environment-2024-09-05": 95,
  "ivelbury-housing-report-2024-03-21": 97,
  "juniper-vale-audit-2023-07-11": 85,
  "marlcombe-planning-2024-06-03": 85,
};
const DEFAULT_FLOOR = 30;

interface Doc { name: string; text: string; expected: string; group: "kent" | "conventions" }

const docs: Doc[] = [
  ...readdirSync(join(KENT, "expected")).filter((f) => f.endsWith(".json")).map((f) => {
    const name = f.replace(/\.json$/, "");
    return { name, text: join(KENT, `${name}.txt`), expected: join(KENT, "expected", f), group: "kent" as const };
  }),
  ...readdirSync(CONVENTIONS).filter((f) => f.endsWith(".expected.json")).map((f) => {
    const name = f.replace(/\.expected\.json$/, "");
    return { name, text: join(CONVENTIONS, `${name}.txt`), expected: join(CONVENTIONS, f), group: "conventions" as const };
  }),
];

type Totals = Record<ScoreCategory | "overall", { correct: number; total: number }>;
const totals: Record<Doc["group"], Totals> = {
  kent: Object.fromEntries([...SCORE_CATEGORIES, "overall"].map((c) => [c, { correct: 0, total: 0 }])) as Totals,
  conventions: Object.fromEntries([...SCORE_CATEGORIES, "overall"].map((c) => [c, { correct: 0, total: 0 }])) as Totals,
};

describe("importer on other councils' layouts", () => {
  for (const doc of docs) {
    it(`${doc.group}/${doc.name}: a schema-valid result scoring at least its floor`, () => {
      const json = toContractJson(parsePack(readFileSync(doc.text, "utf8"), `${doc.name}.txt`));
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const report = scoreAgainst(doc.expected, json);
      for (const c of SCORE_CATEGORIES) {
        totals[doc.group][c].correct += report.categories[c].correct;
        totals[doc.group][c].total += report.categories[c].total;
      }
      totals[doc.group].overall.correct += report.overall.correct;
      totals[doc.group].overall.total += report.overall.total;
      expect(report.overall.percent!, report.wrongFacts.slice(0, 20).join("\n")).toBeGreaterThanOrEqual(FLOORS[doc.name] ?? DEFAULT_FLOOR);
    });
  }

  afterAll(() => {
    for (const group of ["kent", "conventions"] as const) {
      const lines = [...SCORE_CATEGORIES, "overall" as const]
        .filter((c) => totals[group][c].total > 0)
        .map((c) => {
          const { correct, total } = totals[group][c];
          return `${c}: ${correct}/${total} (${formatPercent({ correct, total, percent: (100 * correct) / total })})`;
        });
      console.log([`${group}:`, ...lines].join("\n  "));
    }
  });
});
