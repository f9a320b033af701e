import { parsePack } from "./parse-pack";
import type { ParsedPack } from "./parsed";
import { extractDocumentText, type SourceDocument } from "./read-source-file";

/** Parse an agenda pack received as a file (PDF or text): the pack and the document it was read from. */
export async function parseSource(bytes: Uint8Array, fileName: string): Promise<{ pack: ParsedPack; source: SourceDocument }> {
  const source = await extractDocumentText(bytes, fileName);
  return { pack: parsePack(source.text, fileName), source };
}

/** Parse an agenda pack received as a PDF (or, found by its bytes, as text). */
export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedPack> {
  return (await parseSource(bytes, fileName)).pack;
}
