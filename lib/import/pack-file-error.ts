/** Largest pack the importer accepts, PDF or text; real packs are well under 1 MB of text. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** A file that cannot be imported, with a message naming the file and the problem. */
export class PackFileError extends Error {
  constructor(readonly file: string, problem: string, cause?: unknown) {
    super(`${file}: ${problem}`, cause === undefined ? undefined : { cause });
    this.name = "PackFileError";
  }
}
