import { basename } from "node:path";
import type { Database } from "@/lib/db";
import { parsePack } from "@/lib/import/parse-pack";
import { readPackFile } from "@/lib/import/read-pack-file";
import { storeAgendaPack, type ImportActor, type ImportOutcome } from "./import-pack";

/** Read, parse and store one pack file. Throws with a message naming the file on bad input. */
export async function importPackFile(database: Database, file: string, who: ImportActor): Promise<ImportOutcome> {
  const text = await readPackFile(file);
  let pack;
  try {
    pack = parsePack(text, basename(file));
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return storeAgendaPack(database, pack, text, who);
}
