/**
 * Importer benchmark: parse both demo packs, and import both into a fresh libSQL file; then
 * time per page for text input and for PDF input (extract + parse): the demo packs printed to
 * PDF, and the real Kent PDFs in tests/realworld/kent. Prints medians over several runs (the
 * machine is shared: read the figures as ratios within one run, not as absolutes). Targets:
 * parse both < 1 s, import both < 3 s.
 *
 *   npm run bench
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createDatabase } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";
import { parsePack } from "../lib/import/parse-pack";
import { extractDocumentText } from "../lib/import/read-source-file";
import { printableText, printTextAsPdf } from "../tests/support/synthetic-pdf";
import { storeAgendaPack } from "../lib/mutations/import-pack";

const FILES = ["data/packs/000_3d32fa037878c48d.txt", "data/packs/002_79826bec6554f037.txt"];
const PARSE_RUNS = 15;
const IMPORT_RUNS = 5;
const PDF_RUNS = 5;
const KENT_DIR = "tests/realworld/kent";
const KENT = [
  "kent-cabinet-2025-01-30-agenda-frontsheet",
  "kent-cabinet-2025-01-30-printed-minutes",
  "kent-cabinet-2025-03-13-public-reports-pack",
  "kent-county-council-2025-03-13-agenda-frontsheet",
  "kent-county-council-2025-03-13-printed-minutes",
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const texts = FILES.map((f) => ({ name: basename(f), text: readFileSync(f, "utf8") }));
  const totalLines = texts.reduce((n, t) => n + t.text.split("\n").length, 0);

  parsePack(texts[0].text, texts[0].name); // warm up the JIT once
  const parseTimes: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const t0 = performance.now();
    for (const t of texts) parsePack(t.text, t.name);
    parseTimes.push(performance.now() - t0);
  }

  const importTimes: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "bench-import-"));
    const db = createDatabase(`file:${join(dir, "bench.db")}`);
    await migrateDatabase(db);
    const t0 = performance.now();
    for (const t of texts) await storeAgendaPack(db, parsePack(t.text, t.name), t.text, { actor: "bench" });
    importTimes.push(performance.now() - t0);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const parse = median(parseTimes);
  const store = median(importTimes);
  console.log(`packs: ${texts.length} (${totalLines} lines)`);
  console.log(`parse both packs:             median ${parse.toFixed(1)} ms over ${PARSE_RUNS} runs (min ${Math.min(...parseTimes).toFixed(1)}, max ${Math.max(...parseTimes).toFixed(1)})  target < 1000 ms`);
  console.log(`parse + import both into db:  median ${store.toFixed(1)} ms over ${IMPORT_RUNS} runs (min ${Math.min(...importTimes).toFixed(1)}, max ${Math.max(...importTimes).toFixed(1)})  target < 3000 ms`);
  console.log(`parse throughput:             ${((totalLines / parse) * 1000).toFixed(0)} lines/s`);
  console.log(`database share of import:     ${(((store - parse) / store) * 100).toFixed(0)}%`);
  await perPage(texts);
}

/** Parse, tolerating what the importer cannot read yet: the time is still the time it took. */
function tryParse(text: string, name: string): boolean {
  try {
    parsePack(text, name);
    return true;
  } catch {
    return false;
  }
}

async function timeRuns(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function row(label: string, pages: number, ms: number, note = ""): string {
  return `  ${label.padEnd(72)} ${String(pages).padStart(3)} pages  ${ms.toFixed(0).padStart(6)} ms  ${(ms / pages).toFixed(1).padStart(6)} ms/page${note}`;
}

async function perPage(texts: { name: string; text: string }[]): Promise<void> {
  // The first PDF starts the reader thread and loads pdf.js: not part of any document's time.
  const first = await extractDocumentText(new Uint8Array(readFileSync(`${KENT_DIR}/${KENT[0]}.pdf`)), KENT[0]);
  console.log(`\nper page (medians over ${PDF_RUNS} runs; reader warmed up on ${first.pageCount} pages):`);

  console.log("demo packs printed to PDF (50 rows a page):");
  for (const t of texts) {
    const pdf = await printTextAsPdf(printableText(t.text), { header: "Committee papers" });
    const pages = (await extractDocumentText(pdf, t.name)).pageCount ?? 1;
    const text = await timeRuns(PDF_RUNS, () => parsePack(t.text, t.name));
    const both = await timeRuns(PDF_RUNS, async () => parsePack((await extractDocumentText(pdf, t.name)).text, t.name));
    console.log(row(`${t.name} text: parse`, pages, text));
    console.log(row(`${t.name} PDF: extract + parse`, pages, both));
  }

  console.log(`real PDFs (${KENT_DIR}; the importer does not read these yet, so parse stops early):`);
  let pdfPages = 0;
  let pdfMs = 0;
  let textMs = 0;
  for (const name of KENT) {
    const bytes = new Uint8Array(readFileSync(`${KENT_DIR}/${name}.pdf`));
    const pdftotext = readFileSync(`${KENT_DIR}/${name}.txt`, "utf8");
    const pages = (await extractDocumentText(bytes, name)).pageCount ?? 1;
    const text = await timeRuns(PDF_RUNS, () => tryParse(pdftotext, name));
    const extract = await timeRuns(PDF_RUNS, () => extractDocumentText(bytes, name));
    const both = await timeRuns(PDF_RUNS, async () => tryParse((await extractDocumentText(bytes, name)).text, name));
    console.log(row(`${name} pdftotext text: parse`, pages, text));
    console.log(row(`${name} PDF: extract`, pages, extract));
    console.log(row(`${name} PDF: extract + parse`, pages, both));
    pdfPages += pages;
    pdfMs += both;
    textMs += text;
  }
  console.log(row("all five real PDFs: extract + parse", pdfPages, pdfMs));
  console.log(row("all five as pdftotext text: parse", pdfPages, textMs));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
