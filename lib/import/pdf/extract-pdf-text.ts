import { layoutPage } from "./page-layout";
import { buildRows } from "./page-rows";
import { PdfReadError, SCANNED_MESSAGE } from "./pdf-read-error";
import { readPdfInThread, type RawPage } from "./pdf-thread";
import { normaliseRunText, type TextRun } from "./text-run";

/** Limits that keep a hostile or absurd file from costing unbounded work. */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  /** Wall-clock budget for reading the whole document; the reader is stopped when it runs out. */
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
const MIN_CHARS_PER_PAGE = 5;

/**
 * Read the text layer of a PDF into the plain-text form the importer reads. pdf.js runs in a
 * thread of its own (see pdf-thread.ts) and fetches nothing. Throws only PdfReadError:
 * scanned (no text), password-protected, damaged, or over a limit.
 */
export async function extractPdfText(bytes: Uint8Array, limits: Partial<PdfLimits> = {}): Promise<PdfText> {
  const { maxBytes, maxPages, timeLimitMs } = { ...DEFAULT_PDF_LIMITS, ...limits };
  if (bytes.length > maxBytes) {
    throw new PdfReadError("too-large", `This PDF is ${(bytes.length / 1048576).toFixed(1)} MB; files over ${(maxBytes / 1048576).toFixed(0)} MB are not accepted.`);
  }
  const raw = await readPdfInThread(bytes, maxPages, timeLimitMs);
  if (raw.pageCount > maxPages) {
    throw new PdfReadError("too-many-pages", `This PDF has ${raw.pageCount} pages; documents over ${maxPages} pages are not accepted.`);
  }
  const pages = raw.pages.map(layoutRawPage);
  const chars = pages.reduce((n, lines) => n + lines.reduce((m, line) => m + (line.match(/[\p{L}\p{N}]/gu) ?? []).length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * raw.pageCount) throw new PdfReadError("scanned", SCANNED_MESSAGE);
  return { text: pages.map((lines) => lines.join("\n")).join("\n\f"), pageCount: raw.pageCount };
}

function layoutRawPage(page: RawPage): string[] {
  const upright: TextRun[] = [];
  const turned: string[] = [];
  for (const [str, a, b, c, d, x, y, width] of page.items) {
    const text = normaliseRunText(str);
    const size = Math.hypot(c, d);
    // Text running up or down the page (a margin note) has no place in the rows: it follows them.
    if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0) {
      turned.push(text);
      continue;
    }
    if (!Number.isFinite(x + y + size + width) || size <= 0) continue;
    upright.push({ text, x, baseline: y, width: Math.abs(width), size });
  }
  const lines = layoutPage(buildRows(upright), page.width);
  const margin = turned.join(" ").replace(/\s+/g, " ").trim();
  return margin ? [...lines, "", margin] : lines;
}
