/** Why a PDF's text could not be read. */
export type PdfProblem = "scanned" | "encrypted" | "unreadable" | "too-many-pages" | "too-large" | "too-slow";

/**
 * The one error the PDF reader throws: a message a clerk can act on. Whatever pdf.js throws
 * on a damaged file is caught and turned into one of these.
 */
export class PdfReadError extends Error {
  constructor(readonly problem: PdfProblem, message: string) {
    super(message);
    this.name = "PdfReadError";
  }
}

export const SCANNED_MESSAGE =
  "This PDF has no text layer: it looks like a scanned image. Ask for the original document or run it through OCR first.";
export const ENCRYPTED_MESSAGE =
  "This PDF is password-protected, so its text cannot be read. Ask for an unprotected copy.";
export const UNREADABLE_MESSAGE = "This PDF is damaged or incomplete (perhaps cut short in download), so its text cannot be read.";
