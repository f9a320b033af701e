/**
 * Read an uploaded file into the text the importer reads: plain text as it is, a PDF through
 * its text layer. Every failure is an UploadProblem with a message a clerk can act on, thrown
 * before anything is written.
 */
import { MAX_PACK_BYTES } from "@/lib/import/read-pack-file";
import { extractPdfText } from "@/lib/import/pdf/extract-pdf-text";
import { PdfReadError } from "@/lib/import/pdf/pdf-read-error";

export class UploadProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UploadProblem";
  }
}

export interface ReadUpload {
  fileName: string;
  mediaType: "text/plain" | "application/pdf";
  text: string;
  /** The original bytes, kept for a PDF (a text file's original is its text). */
  original: Buffer | null;
  pageCount: number | null;
}

const PDF_MAGIC = "%PDF-";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A file name safe to show and store: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean || "upload.txt";
}

export async function readUpload(bytes: Uint8Array, rawName: string): Promise<ReadUpload> {
  const fileName = cleanFileName(rawName);
  if (bytes.length === 0) throw new UploadProblem("The file is empty. Choose the agenda pack or minutes file again.");
  if (bytes.length > MAX_PACK_BYTES) {
    throw new UploadProblem(`The file is ${(bytes.length / 1048576).toFixed(1)} MB; documents over ${MAX_PACK_BYTES / 1048576} MB are not accepted.`);
  }
  // Magic bytes decide, not the name: a PDF may be called anything, a ".pdf" may be something else.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) {
    try {
      const pdf = await extractPdfText(bytes, { maxBytes: MAX_PACK_BYTES });
      return { fileName, mediaType: "application/pdf", text: pdf.text, original: Buffer.from(bytes), pageCount: pdf.pageCount };
    } catch (err) {
      if (err instanceof PdfReadError) throw new UploadProblem(err.message);
      throw new UploadProblem("This PDF could not be read. Try saving it again as PDF, or upload its text.");
    }
  }
  if (/\.pdf$/i.test(fileName)) throw new UploadProblem("The file is named .pdf but is not a PDF (it does not start with %PDF-). It may be damaged or mislabelled.");
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) {
    throw new UploadProblem("This looks like a Word or other office document, which cannot be read yet. Save it as PDF or as plain text and upload that.");
  }
  if (bytes.includes(0)) throw new UploadProblem("The file is binary, not text or PDF, so it cannot be read as an agenda pack or minutes.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older exports are often Windows-1252; every byte sequence decodes.
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new UploadProblem("The file holds no text (only blank lines or spaces).");
  return { fileName, mediaType: "text/plain", text, original: null, pageCount: null };
}

// Node's "windows-1252" TextDecoder reads 0x80-0x9F as C1 controls (ISO-8859-1); Windows puts
// punctuation there (curly quotes, dashes, the euro sign).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
