import type { Cell, Row } from "./page-rows";

/** A line of output text and where it was printed. */
interface PlacedLine {
  text: string;
  baseline: number;
  size: number;
}

const TOLERANCE = 2; // points a cell may reach into a gutter
const SAME_BLOCK_GAP = 2.2; // rows further apart than this (in ems) are not one block
const PARAGRAPH_BREAK = 1.45; // a gap this many times the page's line spacing starts a paragraph
const DEFAULT_LINE_SPACING = 1.2; // ems, when a page has too few lines to measure it

/**
 * Lay out one page's rows as lines of text in reading order: cells joined by tabs, a blank
 * line at each paragraph break, and a block printed beside another (a name and address
 * block beside a contact block) read one block after the other rather than row by row.
 */
export function layoutPage(rows: Row[], pageWidth: number): string[] {
  const placed: PlacedLine[] = [];
  for (let i = 0; i < rows.length; ) {
    const split = findSideBySideBlocks(rows, i, pageWidth);
    if (split) {
      const run = rows.slice(i, split.end);
      for (const side of ["left", "right"] as const) {
        for (const row of run) {
          const cells = row.cells.filter((c) => (side === "left" ? c.x1 <= split.gutter : c.x0 >= split.gutter));
          if (cells.length) placed.push({ text: joinCells(cells), baseline: row.baseline, size: row.size });
        }
      }
      i = split.end;
    } else {
      placed.push({ text: joinCells(rows[i].cells), baseline: rows[i].baseline, size: rows[i].size });
      i++;
    }
  }
  return withParagraphBreaks(placed, lineSpacing(rows));
}

function joinCells(cells: Cell[]): string {
  return cells.map((c) => c.text).join("\t");
}

/** The page's usual baseline-to-baseline distance, in ems. */
function lineSpacing(rows: Row[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = (rows[i].baseline - rows[i - 1].baseline) / Math.max(rows[i].size, rows[i - 1].size);
    if (r >= 0.9 && r <= 1.8) ratios.push(r);
  }
  if (ratios.length < 2) return DEFAULT_LINE_SPACING;
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)];
}

function withParagraphBreaks(placed: PlacedLine[], spacing: number): string[] {
  const out: string[] = [];
  placed.forEach((line, i) => {
    if (i > 0) {
      const prev = placed[i - 1];
      const ems = (line.baseline - prev.baseline) / Math.max(line.size, prev.size);
      // Going back up the page means a new block has begun.
      if (ems < 0.5 || ems > PARAGRAPH_BREAK * spacing) out.push("");
    }
    out.push(line.text);
  });
  return out;
}

/**
 * Two blocks side by side: from row `start`, a run of rows that a vertical gutter splits into a
 * left and a right part, where the left part reads as lines of prose (one cell a row, several
 * words, not a "Label:") and one side runs on where the other has stopped. A label/value table
 * or a numbered list has a narrow or colon-ended left column, so it stays row by row.
 */
function findSideBySideBlocks(rows: Row[], start: number, pageWidth: number): { end: number; gutter: number } | null {
  const first = rows[start];
  for (let k = 0; k + 1 < first.cells.length; k++) {
    const a = first.cells[k].x1;
    const b = first.cells[k + 1].x0;
    let end = start + 1;
    while (end < rows.length) {
      const row = rows[end];
      const prev = rows[end - 1];
      if ((row.baseline - prev.baseline) / Math.max(row.size, prev.size) > SAME_BLOCK_GAP) break;
      if (row.cells.some((c) => c.x0 < b - TOLERANCE && c.x1 > a + TOLERANCE)) break;
      end++;
    }
    const run = rows.slice(start, end);
    if (run.length >= 3 && isSideBySide(run, a, b, pageWidth)) return { end, gutter: (a + b) / 2 };
  }
  return null;
}

function isSideBySide(run: Row[], a: number, b: number, pageWidth: number): boolean {
  const left = run.map((r) => r.cells.filter((c) => c.x1 <= a + TOLERANCE));
  const right = run.map((r) => r.cells.filter((c) => c.x0 >= b - TOLERANCE));
  const leftRows = left.filter((cs) => cs.length > 0);
  const rightRows = right.filter((cs) => cs.length > 0);
  if (leftRows.length < 2 || rightRows.length < 2) return false;
  if (leftRows.some((cs) => cs.length > 1)) return false;
  const leftCells = leftRows.map((cs) => cs[0]);
  if (leftCells.some((c) => /:\s*$/.test(c.text))) return false;
  const words = leftCells.reduce((n, c) => n + c.text.split(/\s+/).length, 0) / leftCells.length;
  const width = leftCells.reduce((n, c) => n + (c.x1 - c.x0), 0) / leftCells.length;
  if (words < 3 || width < 0.25 * pageWidth) return false;
  const rightWords = rightRows.filter((cs) => cs.some((c) => /\p{L}{3,}/u.test(c.text))).length;
  if (rightWords < rightRows.length / 2) return false;
  const oneSided = run.some((_, i) => (left[i].length === 0) !== (right[i].length === 0));
  return oneSided;
}
