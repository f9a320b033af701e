import { isBlank } from "../source-lines";
import type { DocLine } from "./document-lines";

/**
 * A run of lines with no blank line or page break inside: the unit a detector looks at
 * (a heading, a paragraph, a field block, a table). `start`/`end` index the document's lines
 * (end exclusive), so a block maps straight back to source lines and pages.
 */
export interface Block {
  start: number;
  end: number;
  page: number | null;
  /** Non-blank lines of the block, in order. */
  lines: DocLine[];
}

/** Lines -> blocks, split at blank lines, page breaks and lines that are only a page number. */
export function toBlocks(lines: DocLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.furniture || isBlank(l) || isLikelyPageNumber(lines, i)) {
      current = null;
      continue;
    }
    if (!current || current.page !== l.page) {
      current = { start: i, end: i + 1, page: l.page, lines: [] };
      blocks.push(current);
    }
    current.lines.push(l);
    current.end = i + 1;
  }
  return blocks;
}

/**
 * A bare number at a page's edge ("17" before a form feed): printed page numbers that reach us
 * until furniture detection marks them. A numbered heading ("84.") has a full stop, so it stays.
 */
export function isLikelyPageNumber(lines: DocLine[], i: number): boolean {
  const t = lines[i].text.trim();
  if (!/^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i.test(t)) return false;
  if (/^page\s/i.test(t)) return true;
  const page = lines[i].page;
  if (page === null) return false;
  const nextPage = nearestNonBlank(lines, i, 1)?.page ?? page + 1;
  const previousPage = nearestNonBlank(lines, i, -1)?.page ?? page - 1;
  return nextPage !== page || previousPage !== page;
}

function nearestNonBlank(lines: DocLine[], i: number, step: 1 | -1): DocLine | null {
  for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= 3; j += step) {
    if (!isBlank(lines[j])) return lines[j];
  }
  return null;
}
