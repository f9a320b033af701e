import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackFile } from "@/lib/mutations/import-files";
import { printableText, printTextAsPdf } from "../support/synthetic-pdf";
import { createTempDatabase, type TempDatabase } from "../support/temp-database";

const run = promisify(execFile);
const PACK = "data/packs/002_79826bec6554f037.txt";

describe("the import CLI and store take a PDF", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-pdf-"));
  const pdf = join(dir, "pack.pdf");
  const txt = join(dir, "pack.txt");
  let temp: TempDatabase;
  beforeAll(async () => {
    const text = printableText(readFileSync(PACK, "utf8"));
    writeFileSync(txt, text);
    writeFileSync(pdf, await printTextAsPdf(text, { header: "Committee papers" }));
    temp = await createTempDatabase();
  });
  afterAll(() => {
    temp.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("npm run import -- --json file.pdf prints the pack read from the PDF's text", async () => {
    const fromPdf = JSON.parse((await run("npx", ["tsx", "scripts/import.ts", "--json", pdf])).stdout);
    const fromText = JSON.parse((await run("npx", ["tsx", "scripts/import.ts", "--json", txt])).stdout);
    expect(fromPdf.meeting.committee).toBe("Communities and Partnership Committee");
    expect(fromPdf.meeting.date).toBe(fromText.meeting.date);
    expect(fromPdf.agendaItems.map((i: { title: string }) => i.title)).toEqual(fromText.agendaItems.map((i: { title: string }) => i.title));
  });

  it("stores a PDF's extracted text as the source document, with its page breaks", async () => {
    const outcome = await importPackFile(temp.db, pdf, { actor: "test" });
    expect(outcome.status).toBe("imported");
    const doc = await temp.db.query.sourceDocuments.findFirst();
    expect(doc?.fileName).toBe("pack.pdf");
    expect(doc?.content).toContain("\f");
    expect(doc?.content.split("\n").length).toBe(doc?.lineCount);
  });
});
