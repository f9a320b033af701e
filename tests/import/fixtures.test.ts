/**
 * The importer on synthetic packs of other councils and committees (tests/fixtures/packs),
 * in the seeds' style: it must meet the contract schema, find the facts a clerk would write
 * (tests/fixtures/expected) and report the deliberate contradictions (tests/fixtures/hazards).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { beforeAll, describe, expect, it } from "vitest";
import type { AgendaPack } from "@/lib/import/contract";
import { toContractJson } from "@/lib/import/contract-json";
import { parsePack } from "@/lib/import/parse-pack";
import { formatPercent, REPO_ROOT, SCORE_CATEGORIES, scoreAgainst, type ScoreCategory, type ScoreReport } from "../support/score";

const FIXTURES = join(REPO_ROOT, "tests", "fixtures");
const PACKS = join(FIXTURES, "packs");
const SCHEMA_PATH = join(REPO_ROOT, "lib", "import", "agenda-pack.schema.json");

/** Categories every pack must get entirely right: the front sheet is what a reader sees first. */
const MUST_BE_EXACT: ScoreCategory[] = ["meeting", "clerk", "members", "agendaItems"];
const MIN_OVERALL_PERCENT = 98;

interface Hazard { line: number; lineFrom?: number; what: string }

const packNames = readdirSync(PACKS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

const expectedPath = (name: string) => join(FIXTURES, "expected", `${name}.json`);
const hazardsPath = (name: string) => join(FIXTURES, "hazards", `${name}.json`);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

const validateContract = new Ajv2020({ allErrors: true }).compile(readJson<object>(SCHEMA_PATH));

function describeScore(name: string, score: ScoreReport): string {
  return [`score for ${name}:`, ...score.schemaLines, ...score.summaryLines].join("\n  ");
}

/** Why a score fails the fixture requirements (empty when it passes). */
function scoreShortfalls(score: ScoreReport): string[] {
  const out: string[] = [];
  for (const c of MUST_BE_EXACT) {
    const s = score.categories[c];
    if (s.total > 0 && s.correct < s.total) out.push(`${c}: ${s.correct}/${s.total} (${formatPercent(s)}), must be 100%`);
  }
  if (score.overall.percent !== null && score.overall.percent < MIN_OVERALL_PERCENT) {
    out.push(`overall: ${formatPercent(score.overall)}, must be at least ${MIN_OVERALL_PERCENT}%`);
  }
  return out;
}

describe("synthetic fixture packs", () => {
  it("are present, each with an expected facts file and a hazards file", () => {
    expect(packNames.length).toBeGreaterThanOrEqual(3);
    for (const name of packNames) {
      expect(existsSync(expectedPath(name)), `${name}: expected file`).toBe(true);
      expect(existsSync(hazardsPath(name)), `${name}: hazards file`).toBe(true);
    }
  });

  it("are marked as synthetic", () => {
    expect(readFileSync(join(PACKS, "README.md"), "utf8")).toContain("Synthetic test fixture, not real council data.");
  });
});

describe.each(packNames)("importer on synthetic pack %s", (name) => {
  let json: AgendaPack | null = null;
  let failure: unknown = null;

  beforeAll(() => {
    try {
      json = toContractJson(parsePack(readFileSync(join(PACKS, `${name}.txt`), "utf8"), `${name}.txt`));
    } catch (e) {
      failure = e;
    }
  });

  it("parses without throwing", () => {
    expect(failure).toBeNull();
    expect(json).not.toBeNull();
  });

  it("produces JSON that meets the contract schema", () => {
    expect(json).not.toBeNull();
    const valid = validateContract(json);
    expect(validateContract.errors ?? [], "schema errors").toEqual([]);
    expect(valid).toBe(true);
  });

  it(`scores at least ${MIN_OVERALL_PERCENT}% overall and 100% on ${MUST_BE_EXACT.join(", ")}`, () => {
    expect(json).not.toBeNull();
    const score = scoreAgainst(expectedPath(name), json);
    console.log(describeScore(name, score));
    const shortfalls = scoreShortfalls(score);
    expect(shortfalls, [describeScore(name, score), ...score.wrongFacts].join("\n")).toEqual([]);
  });

  it("finds nothing of the kinds the pack does not contain", () => {
    expect(json).not.toBeNull();
    const expected = readJson<Record<string, unknown>>(expectedPath(name));
    const pack = json as unknown as Record<string, unknown>;
    const spurious = SCORE_CATEGORIES.filter((c) => Array.isArray(expected[c]) && (expected[c] as unknown[]).length === 0)
      .filter((c) => Array.isArray(pack[c]) && (pack[c] as unknown[]).length > 0)
      .map((c) => `${c}: ${(pack[c] as unknown[]).length} item(s), e.g. ${JSON.stringify((pack[c] as unknown[])[0]).slice(0, 200)}`);
    expect(spurious).toEqual([]);
  });

  it("reports an issue at each deliberate hazard", () => {
    expect(json).not.toBeNull();
    const { hazards } = readJson<{ hazards: Hazard[] }>(hazardsPath(name));
    const issues = (json as AgendaPack | null)?.issues ?? [];
    const missed = hazards
      .filter((h) => !issues.some((i) => i.line !== null && i.line >= (h.lineFrom ?? h.line) && i.line <= h.line))
      .map((h) => `line ${h.line}: ${h.what}`);
    expect(missed, `issues reported: ${JSON.stringify(issues.map((i) => [i.line, i.code]))}`).toEqual([]);
  });
});
