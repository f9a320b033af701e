/**
 * npm run import -- --json <file>     print the agenda-pack JSON (no database write)
 * npm run import -- <file...>         store each pack in the database (one transaction per pack), then
 *                                     revalidate the running site at SITE_URL (--no-revalidate to skip)
 *
 * A file is a PDF with a text layer (found by its bytes, not its name) or the pack's text.
 */
import { basename } from "node:path";
import { toContractJson } from "../lib/import/contract-json";
import { parsePack } from "../lib/import/parse-pack";
import { readSourceFile } from "../lib/import/read-source-file";

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const noRevalidate = argv.includes("--no-revalidate");
  const files = argv.filter((a) => a !== "--json" && a !== "--no-revalidate");
  if (files.length === 0) {
    console.error("usage: npm run import -- [--json] [--no-revalidate] <pack.pdf|pack.txt...>");
    return 2;
  }
  if (json) {
    if (files.length !== 1) {
      console.error("--json takes exactly one file");
      return 2;
    }
    const { text } = await readSourceFile(files[0]);
    process.stdout.write(JSON.stringify(toContractJson(parsePack(text, basename(files[0]))), null, 2) + "\n");
    return 0;
  }
  const { importPackFiles } = await import("./import-to-database");
  return importPackFiles(files, { revalidate: !noRevalidate });
}

// exitCode, not exit(): a piped --json output must be written out in full before the process ends.
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
