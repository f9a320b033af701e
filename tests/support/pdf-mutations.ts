import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { linesDown, makeImageOnlyPdf, makePdf, printTextAsPdf } from "./synthetic-pdf";

/** Ways to damage a PDF, and the PDFs to damage, for the fuzz test. */
export function prng(seed: number): () => number {
  // mulberry32: small, fast and good enough to pick bytes
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = (seed: Uint8Array, other: Uint8Array, rnd: () => number) => Uint8Array;
export const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);

export const MUTATIONS: [string, Mutation][] = [
  ["flip bytes", (s, _, rnd) => {
    const b = s.slice();
    for (let i = 1 + int(rnd, 40); i > 0; i--) b[int(rnd, b.length)] ^= 1 << int(rnd, 8);
    return b;
  }],
  ["flip bytes in the cross-reference table and trailer", (s, _, rnd) => {
    const b = s.slice();
    const tail = Math.max(0, b.length - 2048);
    for (let i = 1 + int(rnd, 20); i > 0; i--) b[tail + int(rnd, b.length - tail)] = int(rnd, 256);
    return b;
  }],
  ["truncate", (s, _, rnd) => s.slice(0, int(rnd, s.length))],
  ["cut a piece out", (s, _, rnd) => {
    const from = int(rnd, s.length);
    const to = Math.min(s.length, from + 1 + int(rnd, 4096));
    return new Uint8Array([...s.subarray(0, from), ...s.subarray(to)]);
  }],
  ["splice two files' bytes", (s, o, rnd) => new Uint8Array([...s.subarray(0, int(rnd, s.length)), ...o.subarray(int(rnd, o.length))])],
  ["repeat a piece", (s, _, rnd) => {
    const from = int(rnd, s.length);
    const piece = s.subarray(from, Math.min(s.length, from + 1 + int(rnd, 2048)));
    return new Uint8Array([...s.subarray(0, from), ...piece, ...piece, ...s.subarray(from)]);
  }],
  ["overwrite numbers", (s, _, rnd) => {
    const b = s.slice();
    for (let i = 0; i < 30; i++) {
      const at = int(rnd, b.length);
      if (b[at] >= 0x30 && b[at] <= 0x39) b[at] = 0x30 + int(rnd, 10);
    }
    return b;
  }],
  ["random bytes behind a PDF header", (_, __, rnd) => {
    const b = new Uint8Array(64 + int(rnd, 4096)).map(() => int(rnd, 256));
    b.set(new TextEncoder().encode("%PDF-1.7\n"));
    return b;
  }],
];

/** New documents made of pages taken from two others (pdf-lib copies pages across files). */
export async function splicePages(a: Uint8Array, b: Uint8Array): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  for (const src of [a, b]) {
    const doc = await PDFDocument.load(src, { ignoreEncryption: true });
    const pages = await out.copyPages(doc, doc.getPageIndices().slice(0, 3));
    for (const p of pages) out.addPage(p);
  }
  return out.save();
}

/** Real and synthetic PDFs, and two made of pages spliced from both. */
export async function fuzzSeeds(): Promise<Uint8Array[]> {
  const kent = ["kent-cabinet-2025-01-30-agenda-frontsheet", "kent-cabinet-2025-03-13-public-reports-pack", "kent-county-council-2025-03-13-agenda-frontsheet", "kent-cabinet-2025-01-30-printed-minutes"]
    .map((n) => new Uint8Array(readFileSync(`tests/realworld/kent/${n}.pdf`)));
  const synthetic = [
    await makePdf([[{ text: "4", x: 60, y: 700 }, { text: "Budget report", x: 90, y: 700 }, { text: "5 - 12", x: 480, y: 700 }], linesDown(["Second page", "of prose"], 60, 700)]),
    await printTextAsPdf(readFileSync("tests/fixtures/packs/adults-2022-01-20.txt", "utf8").slice(0, 6000), { header: "Committee papers" }),
    await makeImageOnlyPdf(),
  ];
  return [...kent, ...synthetic, await splicePages(kent[0], synthetic[0]), await splicePages(synthetic[1], kent[1])];
}
