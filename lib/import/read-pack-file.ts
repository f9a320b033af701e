import { readFile, stat } from "node:fs/promises";

/** Largest pack the importer accepts; real packs are well under 1 MB of text. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** A file that cannot be imported, with a message naming the file and the problem. */
export class PackFileError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "PackFileError";
  }
}

/** Read a pack's text, rejecting what is clearly not one (missing, empty, binary, huge). */
export async function readPackFile(file: string): Promise<string> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new PackFileError(file, "not a file");
    size = s.size;
  } catch (err) {
    if (err instanceof PackFileError) throw err;
    throw new PackFileError(file, "file not found");
  }
  if (size === 0) throw new PackFileError(file, "the file is empty");
  if (size > MAX_PACK_BYTES) throw new PackFileError(file, `the file is ${(size / 1048576).toFixed(1)} MB; packs over ${MAX_PACK_BYTES / 1048576} MB are not accepted`);
  const buf = await readFile(file);
  if (buf.includes(0)) throw new PackFileError(file, "the file is binary, not the text of an agenda pack");
  return buf.toString("utf8");
}
