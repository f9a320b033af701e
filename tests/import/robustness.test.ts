import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toContractJson } from "@/lib/import/contract-json";
import { NotAnAgendaPackError, parsePack } from "@/lib/import/parse-pack";
import schema from "@/lib/import/agenda-pack.schema.json";

const SEEDS = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"].map((f) => readFileSync(f, "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Parse, and check the outcome is either a clear refusal or a schema-valid (possibly partial) result. */
function parseSafely(text: string): "refused" | "parsed" {
  try {
    const json = toContractJson(parsePack(text, "fuzz.txt"));
    if (!validate(json)) throw new Error(`invalid output: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    return "parsed";
  } catch (err) {
    if (err instanceof NotAnAgendaPackError) return "refused";
    throw err;
  }
}

type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "deleteLines"; from: number; count: number }
  | { kind: "duplicateLines"; from: number; count: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "replaceChars"; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("deleteLines" as const), from: fc.nat(3000), count: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("duplicateLines" as const), from: fc.nat(3000), count: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(3000), text: fc.string({ unit: "binary", maxLength: 200 }) }),
  fc.record({ kind: fc.constant("swapLines" as const), a: fc.nat(3000), b: fc.nat(3000) }),
  fc.record({ kind: fc.constant("replaceChars" as const), at: fc.nat(200_000), text: fc.string({ unit: "grapheme", maxLength: 40 }) }),
);

function applyMutation(text: string, m: Mutation): string {
  const lines = text.split("\n");
  switch (m.kind) {
    case "truncate": return text.slice(0, Math.floor(text.length * m.at));
    case "deleteLines": lines.splice(m.from % lines.length, m.count); return lines.join("\n");
    case "duplicateLines": {
      const from = m.from % lines.length;
      lines.splice(from, 0, ...lines.slice(from, from + m.count));
      return lines.join("\n");
    }
    case "insert": lines.splice(m.at % (lines.length + 1), 0, m.text.replace(/\u0000/g, "")); return lines.join("\n");
    case "swapLines": {
      const a = m.a % lines.length, b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join("\n");
    }
    case "replaceChars": {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.text + text.slice(at + m.text.length);
    }
  }
}

/** Every document we have: the demo packs, the real Kent texts and the synthetic convention fixtures. */
const ALL_DOCUMENTS = [
  ...SEEDS,
  ...readdirSync("tests/realworld/kent").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`tests/realworld/kent/${f}`, "utf8")),
  ...readdirSync("tests/fixtures/conventions").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`tests/fixtures/conventions/${f}`, "utf8")),
];

const GARBAGE = ["\f", "\f\f", "17", "Page 3 of 12", "PRESENT:", "MINUTES", "AGENDA", "(Item 4)", "84.", "RESOLVED that", "Record of decision", "Decision:", "\t\t\t", "(Pages 1 - )", "1.", "Date:", "Report to:"];

/** Mutations that reorder a document's lines as a broken extraction or a careless merge would. */
const documentMutation: fc.Arbitrary<Mutation | { kind: "shuffle"; seed: number; span: number } | { kind: "formFeeds"; every: number } | { kind: "garbage"; at: number; pick: number }> = fc.oneof(
  mutation,
  fc.record({ kind: fc.constant("shuffle" as const), seed: fc.nat(1_000_000), span: fc.integer({ min: 2, max: 60 }) }),
  fc.record({ kind: fc.constant("formFeeds" as const), every: fc.integer({ min: 3, max: 80 }) }),
  fc.record({ kind: fc.constant("garbage" as const), at: fc.nat(3000), pick: fc.nat(GARBAGE.length - 1) }),
);

function applyDocumentMutation(text: string, m: Parameters<typeof applyMutation>[1] | { kind: "shuffle"; seed: number; span: number } | { kind: "formFeeds"; every: number } | { kind: "garbage"; at: number; pick: number }): string {
  const lines = text.split("\n");
  switch (m.kind) {
    case "shuffle": {
      // Shuffle a window of lines (a reading-order extraction gone wrong), deterministically.
      const from = m.seed % Math.max(1, lines.length);
      const window = lines.slice(from, from + m.span);
      let r = m.seed;
      for (let i = window.length - 1; i > 0; i--) {
        r = (r * 1103515245 + 12345) % 2147483648;
        const j = r % (i + 1);
        [window[i], window[j]] = [window[j], window[i]];
      }
      lines.splice(from, window.length, ...window);
      return lines.join("\n");
    }
    case "formFeeds": return lines.map((l, i) => (i > 0 && i % m.every === 0 ? `\f${l}` : l)).join("\n");
    case "garbage": lines.splice(m.at % (lines.length + 1), 0, GARBAGE[m.pick]); return lines.join("\n");
    default: return applyMutation(text, m);
  }
}

describe("importer robustness", () => {
  it("refuses empty, blank and binary input with a clear error", () => {
    expect(() => parsePack("", "empty.txt")).toThrow(NotAnAgendaPackError);
    expect(() => parsePack("   \n\n\u00a0\n", "blank.txt")).toThrow(/empty/);
    expect(() => parsePack("\u0089PNG\u0000\u0001", "image.txt")).toThrow(/binary/);
  });

  it("survives a few hundred random mutations of the seed packs", () => {
    const outcomes = { refused: 0, parsed: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => {
        outcomes[parseSafely(ms.reduce(applyMutation, SEEDS[seed]))]++;
      }),
      { numRuns: 300, seed: 20261122 },
    );
    // Most mutations leave the front sheet readable: the importer must still give a result.
    expect(outcomes.parsed).toBeGreaterThan(outcomes.refused);
  });

  it("reads every prefix of a pack cut at random without crashing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, at) => {
        parseSafely(SEEDS[seed].slice(0, Math.floor(SEEDS[seed].length * at)));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  // 1,000 runs in ten batches: one long synchronous test starves the test runner's worker of its heartbeat.
  const batches = { refused: 0, parsed: 0 };
  for (let batch = 0; batch < 10; batch++) {
    it(`survives mutations of every kind of document (packs, Kent front sheets and minutes, other layouts): runs ${batch * 100 + 1}-${batch * 100 + 100}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: ALL_DOCUMENTS.length - 1 }), fc.array(documentMutation, { minLength: 1, maxLength: 5 }), (doc, ms) => {
          batches[parseSafely(ms.reduce(applyDocumentMutation, ALL_DOCUMENTS[doc]))]++;
        }),
        { numRuns: 100, seed: 20261202 + batch },
      );
    }, 120_000);
  }

  it("read most of the 1,000 mutated documents rather than refusing them", () => {
    expect(batches.parsed + batches.refused).toBe(1000);
    expect(batches.parsed).toBeGreaterThan(batches.refused);
  });

  // Speed is measured in bench/import.ts; this checks a 10 MB input is read, not refused or crashed
  // (the test's own timeout catches a hang).
  it("reads a 10 MB input", () => {
    let big = SEEDS[0];
    while (big.length < 10 * 1024 * 1024) big += "\n" + SEEDS[1];
    expect(parseSafely(big)).toBe("parsed");
  }, 120_000);
});
