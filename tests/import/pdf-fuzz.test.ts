import { beforeAll, describe, expect, it } from "vitest";
import { extractPdfText, type PdfLimits } from "@/lib/import/pdf/extract-pdf-text";
import { PdfReadError } from "@/lib/import/pdf/pdf-read-error";
import { fuzzSeeds, int, MUTATIONS, prng } from "../support/pdf-mutations";

/**
 * Damaged PDFs: byte flips, truncations, spliced bytes and spliced pages of real and synthetic
 * PDFs. Each must give text or a PdfReadError (never another error, never a hang), within a
 * per-document time cap. Seeded, so a failure can be replayed.
 */
const CASES = 520;
const BATCHES = 8;
const LIMITS: Partial<PdfLimits> = { maxPages: 40, timeLimitMs: 20_000 };
const WORST_MS = 25_000;

let seeds: Uint8Array[] = [];

beforeAll(async () => {
  seeds = await fuzzSeeds();
}, 120_000);

describe(`${CASES} damaged PDFs give text or a PdfReadError, never a crash or a hang`, () => {
  for (let batch = 0; batch < BATCHES; batch++) {
    it(`batch ${batch + 1} of ${BATCHES}`, async () => {
      const rnd = prng(9000 + batch);
      const perBatch = Math.ceil(CASES / BATCHES);
      const outcomes = { text: 0, refused: 0 };
      for (let i = 0; i < perBatch; i++) {
        const seed = seeds[int(rnd, seeds.length)];
        const other = seeds[int(rnd, seeds.length)];
        const [name, mutate] = MUTATIONS[int(rnd, MUTATIONS.length)];
        const bytes = mutate(seed, other, rnd);
        const started = Date.now();
        try {
          const { text } = await extractPdfText(bytes, LIMITS);
          expect(text, name).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/);
          outcomes.text++;
        } catch (err) {
          if (!(err instanceof PdfReadError)) throw new Error(`batch ${batch + 1} case ${i} (${name}) threw ${String(err)}`);
          outcomes.refused++;
        }
        expect(Date.now() - started, `batch ${batch + 1} case ${i} (${name})`).toBeLessThan(WORST_MS);
      }
      expect(outcomes.text + outcomes.refused).toBe(perBatch);
    }, 300_000);
  }
});
