import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFFont } from "pdf-lib";

/** A piece of text to draw: x and y from the bottom-left corner, as PDF measures them. */
export interface DrawnText {
  text: string;
  x: number;
  y: number;
  size?: number;
}

export const A4 = { width: 595, height: 842 };

/**
 * Write a PDF with one page per entry, each drawing its texts in Helvetica (a standard font:
 * nothing embedded, as many council templates do). For tests of the PDF reader.
 */
export async function makePdf(pages: DrawnText[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const texts of pages) {
    const page = doc.addPage([A4.width, A4.height]);
    for (const t of texts) page.drawText(t.text, { x: t.x, y: t.y, size: t.size ?? 11, font });
  }
  return doc.save({ useObjectStreams: false });
}

/** Lines of prose down a page from `top`, `spacing` points apart, starting at `x`. */
export function linesDown(lines: string[], x: number, top: number, spacing = 14, size = 11): DrawnText[] {
  return lines.map((text, i) => ({ text, x, y: top - i * spacing, size }));
}

/** A PDF whose only page is an image (a "scan"): no text layer at all. */
export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // A 1x1 grey PNG, scaled over the page as a scanner would place a page image.
  const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==", "base64"));
  const image = await doc.embedPng(png);
  for (let i = 0; i < 2; i++) doc.addPage([A4.width, A4.height]).drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  return doc.save();
}

/**
 * A PDF that asks for a password: a standard security handler whose user-password check
 * fails for the empty password (the hashes are arbitrary), as a protected file's would.
 */
export async function makePasswordProtectedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([A4.width, A4.height]);
  const ctx = doc.context;
  const encrypt = ctx.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, P: -44 });
  encrypt.set(PDFName.of("O"), PDFHexString.of("4f".repeat(32)));
  encrypt.set(PDFName.of("U"), PDFHexString.of("55".repeat(32)));
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("0123456789abcdef0123456789abcdef"), PDFHexString.of("0123456789abcdef0123456789abcdef")]);
  return doc.save({ useObjectStreams: false });
}

let helvetica: Promise<PDFFont> | null = null;

/** How wide `text` is in 11pt (or `size`) Helvetica, to place runs exactly edge to edge. */
export async function widthOf(text: string, size = 11): Promise<number> {
  helvetica ??= PDFDocument.create().then((doc) => doc.embedFont(StandardFonts.Helvetica));
  return (await helvetica).widthOfTextAtSize(text, size);
}

/**
 * Print a text as a PDF would carry it: one line a row, tab-separated cells at column stops
 * (pushed right when a cell runs long), a blank line as extra space, `linesPerPage` rows a page,
 * and a running header and page-number footer on every page. Text the demo packs carry as one
 * long line is printed small, not wrapped, so that the text read back can be compared line for line.
 */
/** What a standard (WinAnsi) font can print: compatibility forms folded, anything else as "?". */
export function printableText(text: string): string {
  return text.normalize("NFKC").replace(/[^\t\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, "?");
}

export async function printTextAsPdf(text: string, opts: { linesPerPage?: number; header?: string } = {}): Promise<Uint8Array> {
  const linesPerPage = opts.linesPerPage ?? 50;
  const pages: DrawnText[][] = [];
  let page: DrawnText[] = [];
  let y = 0;
  let rows = 0;
  const newPage = () => {
    page = [];
    pages.push(page);
    if (opts.header) page.push({ text: opts.header, x: 60, y: 810, size: 8 });
    page.push({ text: `Page ${pages.length}`, x: 280, y: 30, size: 8 });
    y = 780;
    rows = 0;
  };
  newPage();
  let blank = false;
  for (const line of printableText(text).split("\n")) {
    if (line.trim() === "") {
      blank = true;
      continue;
    }
    if (blank && rows > 0) y -= 14;
    if (rows >= linesPerPage || y < 60) newPage();
    blank = false;
    const cells = line.split("\t");
    if (cells.length === 1) {
      // pdf.js leaves out text beyond the page's edge: a long line is printed small enough to fit.
      const cell = line.trim();
      const size = Math.min(11, (11 * 480) / Math.max(1, await widthOf(cell)));
      page.push({ text: cell, x: 60, y, size });
    }
    let x = 60;
    const stops = [60, 110, 480];
    for (let k = 0; cells.length > 1 && k < cells.length; k++) {
      const cell = cells[k].trim();
      x = Math.max(x, stops[Math.min(k, stops.length - 1)]);
      if (cell !== "") {
        page.push({ text: cell, x, y });
        x += (await widthOf(cell)) + 20;
      }
    }
    y -= 14;
    rows++;
  }
  return makePdf(pages);
}
