import { readFile, stat } from "node:fs/promises";
import { extractPdfText } from "./pdf/extract-pdf-text";
import { PdfReadError } from "./pdf/pdf-read-error";
import { MAX_PACK_BYTES, PackFileError } from "./pack-file-error";

export type SourceMediaType = "text/plain" | "application/pdf";

/** A document as received (the bytes) and as the importer reads it (the text). */
export interface SourceDocument {
  /** Plain text for the parsers; for a PDF, the extracted text (line numbers in issues refer to it). */
  text: string;
  mediaType: SourceMediaType;
  /** The file exactly as received, to keep beside the text. */
  bytes: Uint8Array;
  /** Pages of a PDF, or of a text with form feeds; null for an unpaged text. */
  pageCount: number | null;
}

/** Most writers put `%PDF-` first; readers accept it anywhere in the first kilobyte. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  return head.includes("%PDF-", 0, "latin1");
}

/**
 * Turn an uploaded or read file into text for the importer: a PDF (found by its `%PDF-`
 * magic bytes, whatever its name) through the PDF reader, anything else as UTF-8 text.
 * Pure apart from the PDF reader's own work; throws PackFileError naming `fileName`.
 */
export async function extractDocumentText(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  if (bytes.length === 0) throw new PackFileError(fileName, "the file is empty");
  if (bytes.length > MAX_PACK_BYTES) throw new PackFileError(fileName, `the file is ${(bytes.length / 1048576).toFixed(1)} MB; packs over ${MAX_PACK_BYTES / 1048576} MB are not accepted`);
  if (isPdf(bytes)) {
    try {
      const { text, pageCount } = await extractPdfText(bytes, { maxBytes: MAX_PACK_BYTES });
      return { text, mediaType: "application/pdf", bytes, pageCount };
    } catch (err) {
      if (err instanceof PdfReadError) throw new PackFileError(fileName, err.message, err);
      throw err;
    }
  }
  if (bytes.includes(0)) throw new PackFileError(fileName, "the file is binary, not the text of an agenda pack");
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  const formFeeds = (text.match(/\f/g) ?? []).length;
  return { text, mediaType: "text/plain", bytes, pageCount: formFeeds ? formFeeds + 1 : null };
}

/** Read a pack from disk, PDF or text, rejecting what is clearly not one (missing, empty, binary, huge, scanned). */
export async function readSourceFile(file: string): Promise<SourceDocument> {
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
  return extractDocumentText(new Uint8Array(await readFile(file)), file);
}
