import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackFile } from "@/lib/mutations/import-files";
import { linesDown, makeImageOnlyPdf, makePdf } from "../support/synthetic-pdf";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

const run = promisify(execFile);

/** Run the import CLI against the temporary database; resolve with exit code and output. */
async function importCli(url: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/import.ts", ...args], { env: { ...process.env, DATABASE_URL: url } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The CLI's own message lines (npm may add warnings of its own). */
function messages(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));
}

describe("bad input to the import CLI", () => {
  let temp: TempDatabase;
  let before: Record<string, number>;
  let scanned: Uint8Array;
  let cut: Uint8Array;
  beforeAll(async () => {
    scanned = await makeImageOnlyPdf();
    const whole = await makePdf([linesDown(["A page of text"], 60, 700)]);
    cut = whole.slice(0, Math.floor(whole.length / 2));
    temp = await createTempDatabase();
    await importPackFile(temp.db, "data/packs/002_79826bec6554f037.txt", { actor: "test" });
    before = await countAllRows(temp.db);
  });
  afterAll(() => temp.cleanup());

  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(temp.dir, "no-such-pack.txt"), /no-such-pack\.txt: file not found/],
    ["an empty file", () => { const f = join(temp.dir, "empty.txt"); writeFileSync(f, ""); return f; }, /empty\.txt: the file is empty/],
    ["a text that is not an agenda pack", () => {
      const f = join(temp.dir, "letter.txt");
      writeFileSync(f, "Dear resident,\n\nThank you for your letter about the bins.\n\nYours sincerely\n");
      return f;
    }, /letter\.txt: no agenda front sheet, minutes or other committee document found/],
    ["a binary file", () => { const f = join(temp.dir, "image.txt"); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])); return f; }, /image\.txt: the file is binary/],
    ["a scanned PDF", () => { const f = join(temp.dir, "scan.pdf"); writeFileSync(f, scanned); return f; }, /scan\.pdf: This PDF has no text layer: it looks like a scanned image\. Ask for the original document or run it through OCR first\./],
    ["a PDF cut short", () => { const f = join(temp.dir, "cut.pdf"); writeFileSync(f, cut); return f; }, /cut\.pdf: This PDF is damaged or incomplete/],
  ];

  for (const [what, makeFile, message] of cases) {
    it(`rejects ${what} with one line naming the file, and leaves the database unchanged`, async () => {
      const result = await importCli(temp.url, makeFile());
      expect(result.code).not.toBe(0);
      const lines = messages(result.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(await countAllRows(temp.db)).toEqual(before);
    });
  }
});
