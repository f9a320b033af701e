import { basename } from "node:path";
import type { Database } from "@/lib/db";
import { parsePack } from "@/lib/import/parse-pack";
import { readSourceFile } from "@/lib/import/read-source-file";
import { storeAgendaPack, type ImportActor, type ImportOutcome } from "./import-pack";

/** Read (PDF or text), parse and store one pack file. Throws with a message naming the file on bad input. */
export async function importPackFile(database: Database, file: string, who: ImportActor): Promise<ImportOutcome> {
  const source = await readSourceFile(file);
  let pack;
  try {
    pack = parsePack(source.text, basename(file));
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return storeAgendaPack(database, pack, source.text, who, { original: { mediaType: source.mediaType, bytes: source.bytes, pageCount: source.pageCount } });
}
