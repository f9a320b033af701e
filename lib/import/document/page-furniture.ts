import type { DocLine } from "./document-lines";

/** How many non-blank lines at the top and at the bottom of a page can be furniture. */
const EDGE_LINES = 3;
/** A lone page number sits closer to the edge than a running header or footer. */
const PAGE_NUMBER_EDGE_LINES = 2;

const BARE_NUMBER = /^\d{1,4}$/;
const PAGE_NUMBER = [
  /^(page|p\.)\s*\d{1,4}$/i, // "Page 3", "p. 3"
  /^(page\s*)?\d{1,4}\s*(of|\/)\s*\d{1,4}$/i, // "3 of 17", "Page 3 of 17", "3/17"
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // "- 4 -"
  /^\[?\s*\d{1,4}\s*\]$/, // "[4]"
];

/**
 * Mark the running headers, footers and page numbers of a paged document as furniture, so
 * the parsers skip them while the stored text keeps them. A line is furniture when, with its
 * numbers ignored, it recurs as printed at the top (or at the bottom) of at least half the pages
 * and at least three; or
 * when it is a lone page number at a page's edge. Only the geometry of the text is used:
 * which lines open and close each page. Unpaged text (no form feeds) is left alone.
 */
export function markPageFurniture(lines: DocLine[]): void {
  const pages = groupByPage(lines);
  if (pages.length < 2) return;
  // Three pages at least: in a two- or three-page document a title that happens to open two
  // pages ("Cabinet" on the front sheet, "CABINET" above the minutes) is content, not a header.
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  for (const edge of ["top", "bottom"] as const) {
    const candidates = pages.map((page) => edgeLines(page, edge, EDGE_LINES));
    const pagesWith = new Map<string, number>();
    for (const page of candidates) {
      for (const key of new Set(page.map(repeatKey).filter((k): k is string => k !== null))) {
        pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
      }
    }
    for (const page of candidates) {
      for (const line of page) {
        const key = repeatKey(line);
        if (key !== null && (pagesWith.get(key) ?? 0) >= threshold) line.furniture = true;
      }
    }
  }
  markPageNumbers(pages);
}

/**
 * Lone page numbers at a page's edge. A worded one ("Page 3", "3 of 17", "- 4 -") counts as it
 * stands; a bare number only when it keeps step with the pages (another page carries the
 * number at the same distance from its own page index, or it is the page index itself), so a
 * year or a total ending a short page is not taken for one.
 */
function markPageNumbers(pages: DocLine[][]): void {
  const bare: { line: DocLine; offset: number; index: number }[] = [];
  pages.forEach((page, i) => {
    const edges = new Set([...edgeLines(page, "top", PAGE_NUMBER_EDGE_LINES), ...edgeLines(page, "bottom", PAGE_NUMBER_EDGE_LINES)]);
    for (const line of edges) {
      const t = line.text.replace(/\s+/g, " ").trim();
      if (isWordedPageNumber(t)) line.furniture = true;
      else if (BARE_NUMBER.test(t)) bare.push({ line, offset: Number(t) - (line.page ?? 0), index: i });
    }
  });
  for (const b of bare) {
    if (b.offset === 0 || bare.some((o) => o.index !== b.index && o.offset === b.offset)) b.line.furniture = true;
  }
}

/** "Page 3", "3 of 17", "- 4 -": a page number whatever the pages around it say. */
export function isWordedPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

function groupByPage(lines: DocLine[]): DocLine[][] {
  const pages = new Map<number, DocLine[]>();
  for (const line of lines) {
    if (line.page === null) return [];
    const page = pages.get(line.page) ?? [];
    page.push(line);
    pages.set(line.page, page);
  }
  return [...pages.values()].filter((page) => page.some((l) => l.text.trim() !== ""));
}

function edgeLines(page: DocLine[], edge: "top" | "bottom", count: number): DocLine[] {
  const text = page.filter((l) => l.text.trim() !== "");
  return edge === "top" ? text.slice(0, count) : text.slice(-count);
}

/**
 * The line with its numbers (page numbers, dates) made alike, so "Cabinet, 30 January 2025,
 * page 3" recurs; null for a line too short to be recognised by its wording.
 */
function repeatKey(line: DocLine): string | null {
  const key = line.text.replace(/\s+/g, " ").trim().replace(/\d+/g, "#");
  return (key.match(/\p{L}/gu) ?? []).length >= 3 ? key : null;
}
