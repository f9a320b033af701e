/**
 * Runs the reference scorer (tools/score_import.py) on an importer result, so tests can hold
 * the importer to the hand-checked facts in tests/ground-truth and tests/fixtures/expected.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCORER = join(REPO_ROOT, "tools", "score_import.py");
const SCHEMA = join(REPO_ROOT, "lib", "import", "agenda-pack.schema.json");

/** The scorer's categories, in its output order. */
export const SCORE_CATEGORIES = [
  "meeting", "clerk", "members", "agendaItems", "reports", "minutes", "actionLog",
  "agendaPlan", "workshops", "strategies", "budgetLines", "fundingFacts", "outsideBodies",
] as const;
export type ScoreCategory = (typeof SCORE_CATEGORIES)[number];

export interface CategoryScore {
  correct: number;
  total: number;
  /** Percentage correct, or null when the expected file has no facts in this category. */
  percent: number | null;
}

export interface ScoreReport {
  categories: Record<ScoreCategory, CategoryScore>;
  overall: CategoryScore;
  /** The scorer's 'schema:' lines (top-level structure check). */
  schemaLines: string[];
  /** 'category: correct/total (pct%)' lines and the 'overall:' line, as the scorer printed them. */
  summaryLines: string[];
  /** One line per wrong fact ('WRONG path: expected …, actual …'), from --verbose. */
  wrongFacts: string[];
}

const SUMMARY_LINE = /^(\w+): (\d+)\/(\d+) \((?:[\d.]+%|n\/a)\)$/;

function toScore(correct: number, total: number): CategoryScore {
  return { correct, total, percent: total === 0 ? null : (100 * correct) / total };
}

/** Read the scorer's printed report back into numbers. */
export function parseScorerOutput(output: string): ScoreReport {
  const categories = Object.fromEntries(SCORE_CATEGORIES.map((c) => [c, toScore(0, 0)])) as Record<ScoreCategory, CategoryScore>;
  const report: ScoreReport = { categories, overall: toScore(0, 0), schemaLines: [], summaryLines: [], wrongFacts: [] };
  let sawOverall = false;
  for (const line of output.split("\n")) {
    if (line.startsWith("WRONG ")) report.wrongFacts.push(line);
    else if (line.startsWith("schema:")) report.schemaLines.push(line);
    const m = SUMMARY_LINE.exec(line);
    if (!m) continue;
    report.summaryLines.push(line);
    const score = toScore(Number(m[2]), Number(m[3]));
    if (m[1] === "overall") {
      report.overall = score;
      sawOverall = true;
    } else if ((SCORE_CATEGORIES as readonly string[]).includes(m[1])) {
      categories[m[1] as ScoreCategory] = score;
    }
  }
  if (!sawOverall) throw new Error(`the scorer printed no 'overall:' line:\n${output}`);
  return report;
}

/**
 * Score an importer result (the contract JSON, e.g. `toContractJson(parsePack(...))`) against
 * an expected facts file. The result is written to a temporary file for the Python scorer.
 */
export function scoreAgainst(expectedPath: string, pack: unknown): ScoreReport {
  const dir = mkdtempSync(join(tmpdir(), "score-import-"));
  try {
    const actualPath = join(dir, "actual.json");
    writeFileSync(actualPath, JSON.stringify(pack), "utf8");
    const output = execFileSync("python3", [SCORER, expectedPath, actualPath, "--verbose", "--schema", SCHEMA], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseScorerOutput(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Percentages as the scorer prints them, for messages. */
export function formatPercent(score: CategoryScore): string {
  return score.percent === null ? "n/a" : `${score.percent.toFixed(1)}%`;
}
