import type { Line } from "../source-lines";
import { markPageFurniture } from "./page-furniture";

/**
 * A line of a source document with where it sits: the importer's document model. Every
 * parser takes `Line`s; a `DocLine` is one that also knows its printed page, so a fact can be
 * traced to "page 3, line 120" of the document as the clerk holds it.
 */
export interface DocLine extends Line {
  /** 1-based page of the source document (form feeds in the text), or null when unknown. */
  page: number | null;
  /** Running header, footer or page number: kept for provenance, skipped by the parsers. */
  furniture?: boolean;
}

/**
 * Split a document's text into numbered lines, reading form feeds (`\f`, as pdftotext and
 * our PDF extractor write between pages) as page breaks. Text without form feeds is one
 * unpaged document (page null), as the demo packs' extractions are. Running headers, footers
 * and page numbers of a paged text are marked `furniture` (see page-furniture.ts).
 */
export function toDocumentLines(text: string): DocLine[] {
  const unix = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const paged = unix.includes("\f");
  let page = 1;
  const lines: DocLine[] = unix.split("\n").map((raw, i) => {
    let t = raw;
    if (paged && t.includes("\f")) {
      page += (t.match(/\f/g) ?? []).length;
      t = t.replace(/\f/g, "");
    }
    return { n: i + 1, text: t, page: paged ? page : null };
  });
  if (paged) markPageFurniture(lines);
  return lines;
}
