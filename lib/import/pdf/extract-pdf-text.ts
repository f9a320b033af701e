import { getDocument, Util, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { layoutPage } from "./page-layout";
import { buildRows } from "./page-rows";
import { ENCRYPTED_MESSAGE, PdfReadError, SCANNED_MESSAGE, UNREADABLE_MESSAGE } from "./pdf-read-error";
import type { TextRun } from "./text-run";

/** Limits that keep a hostile or absurd file from costing unbounded work. */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  /** Wall-clock budget for the whole document. */
  timeLimitMs: number;
}

/** A full council agenda pack runs to several hundred pages; a thousand leaves room. */
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 20 * 1024 * 1024, maxPages: 1000, timeLimitMs: 120_000 };

export interface PdfText {
  /** Lines in reading order, cells joined by tabs, a blank line at paragraph breaks, `\f` between pages. */
  text: string;
  pageCount: number;
}

// Fewer letters and digits than this per page on average: there is no real text layer.
const MIN_CHARS_PER_PAGE = 10;

/**
 * Read the text layer of a PDF into the plain-text form the importer reads. Throws only
 * PdfReadError: scanned (no text), password-protected, damaged, or over a limit.
 */
export async function extractPdfText(bytes: Uint8Array, limits: Partial<PdfLimits> = {}): Promise<PdfText> {
  const { maxBytes, maxPages, timeLimitMs } = { ...DEFAULT_PDF_LIMITS, ...limits };
  if (bytes.length > maxBytes) {
    throw new PdfReadError("too-large", `This PDF is ${(bytes.length / 1048576).toFixed(1)} MB; files over ${(maxBytes / 1048576).toFixed(0)} MB are not accepted.`);
  }
  const deadline = Date.now() + timeLimitMs;
  // pdf.js may take ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    // Nothing is fetched or evaluated: text needs neither fonts nor CMaps files nor eval.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await beforeDeadline(task.promise, deadline);
    if (doc.numPages > maxPages) {
      throw new PdfReadError("too-many-pages", `This PDF has ${doc.numPages} pages; documents over ${maxPages} pages are not accepted.`);
    }
    const pages: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const lines = await beforeDeadline(readPage(doc, p), deadline);
      for (const line of lines) chars += (line.match(/[\p{L}\p{N}]/gu) ?? []).length;
      pages.push(lines.join("\n"));
    }
    if (chars < MIN_CHARS_PER_PAGE * doc.numPages) throw new PdfReadError("scanned", SCANNED_MESSAGE);
    return { text: pages.join("\n\f"), pageCount: doc.numPages };
  } catch (err) {
    throw asPdfReadError(err);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<string[]> {
  const page: PDFPageProxy = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const upright: TextRun[] = [];
    const turned: string[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      const text = cleanText(item.str);
      const [a, b, c, d, x, y] = Util.transform(viewport.transform, item.transform) as number[];
      const size = Math.hypot(c, d);
      // Text running up or down the page (a margin note) has no place in the rows: it follows them.
      if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0) {
        turned.push(text);
        continue;
      }
      if (!Number.isFinite(x + y + size + item.width) || size <= 0) continue;
      upright.push({ text, x, baseline: y, width: Math.abs(item.width) * (viewport.scale || 1), size });
    }
    const lines = layoutPage(buildRows(upright), viewport.width);
    const margin = turned.join(" ").replace(/\s+/g, " ").trim();
    return margin ? [...lines, "", margin] : lines;
  } finally {
    page.cleanup();
  }
}

/** Ligatures and compatibility forms as plain letters; no control character may reach the text (a `\f` would be a page break). */
function cleanText(s: string): string {
  return s.normalize("NFKC").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
}

function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(tooSlow());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow()), left);
    timer.unref?.();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function tooSlow(): PdfReadError {
  return new PdfReadError("too-slow", "Reading this PDF took too long, so it was stopped. It may be damaged; try saving it again as PDF.");
}

function asPdfReadError(err: unknown): PdfReadError {
  if (err instanceof PdfReadError) return err;
  const name = err instanceof Error ? err.name : "";
  if (name === "PasswordException") return new PdfReadError("encrypted", ENCRYPTED_MESSAGE);
  const detail = err instanceof Error ? err.message : String(err);
  return new PdfReadError("unreadable", `${UNREADABLE_MESSAGE} (${detail.slice(0, 120)})`);
}
