import { readSourceFile } from "./read-source-file";

export { MAX_PACK_BYTES, PackFileError } from "./pack-file-error";

/** Read a pack's text (a PDF's extracted text), rejecting what is clearly not one. See readSourceFile. */
export async function readPackFile(file: string): Promise<string> {
  return (await readSourceFile(file)).text;
}
