import { isBlankRun, type TextRun } from "./text-run";

/** A stretch of a printed line with no column gap in it: a table cell, or a whole line of prose. */
export interface Cell {
  x0: number;
  x1: number;
  text: string;
}

/** One printed line: the runs that share a baseline, cut into cells at column gaps. */
export interface Row {
  baseline: number;
  /** Largest font size on the row. */
  size: number;
  cells: Cell[];
}

// Gaps are measured in ems of the larger of the two neighbouring runs.
const NO_SPACE_BELOW = 0.12; // kerning, or a word drawn in several pieces
const PLAIN_SPACE = 0.3; // a word space in unjustified text
const CANDIDATE_COLUMN_GAP = 0.8; // a column gap if something below or above starts at the same x
const COLUMN_GAP = 0.85; // a column gap outright, when wider than twice the line's word spacing
const ALIGN_TOLERANCE = 2; // points
const ALIGN_REACH = 6; // rows either side in which a column start is looked for

/**
 * Group a page's runs into rows (top to bottom) and cut each row into cells where the gap
 * between runs is a column gap, not a word space. Justified lines stretch their word spaces,
 * so a gap counts as a column gap when it is wide for its own line, or when a column on a
 * nearby row starts at the same x.
 */
export function buildRows(runs: TextRun[]): Row[] {
  // Space runs are dropped: pdf.js also invents them to fill gaps, which would hide column gaps.
  const rows = groupIntoRows(runs.filter((r) => !isBlankRun(r)));
  const gaps = rows.map(classifyGaps);
  const columnStarts = rows.map((row, i) => row.runs.filter((_, k) => k > 0 && gaps[i][k - 1] === "column").map((r) => r.x));
  return rows.map((row, i) => {
    const kinds = gaps[i].map((kind, k) => {
      if (kind !== "candidate") return kind;
      const x = row.runs[k + 1].x;
      for (let j = Math.max(0, i - ALIGN_REACH); j <= Math.min(rows.length - 1, i + ALIGN_REACH); j++) {
        if (j !== i && columnStarts[j].some((s) => Math.abs(s - x) <= ALIGN_TOLERANCE)) return "column";
      }
      return "space";
    });
    return { baseline: row.baseline, size: row.size, cells: toCells(row.runs, kinds) };
  });
}

interface RawRow {
  baseline: number;
  size: number;
  top: number;
  bottom: number;
  runs: TextRun[];
}

const top = (r: TextRun) => r.baseline - 0.8 * r.size;
const bottom = (r: TextRun) => r.baseline + 0.2 * r.size;

/** Runs whose glyph boxes mostly overlap vertically share a row (so a superscript joins its line). */
function groupIntoRows(runs: TextRun[]): RawRow[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: RawRow[] = [];
  for (const run of sorted) {
    let best: RawRow | null = null;
    let bestOverlap = 0;
    for (let i = rows.length - 1; i >= 0 && rows[i].bottom > top(run) - run.size; i--) {
      const row = rows[i];
      const overlap = Math.min(row.bottom, bottom(run)) - Math.max(row.top, top(run));
      const share = overlap / Math.min(row.size, run.size);
      if (share >= 0.5 && share > bestOverlap) {
        best = row;
        bestOverlap = share;
      }
    }
    if (best) {
      best.runs.push(run);
      best.top = Math.min(best.top, top(run));
      best.bottom = Math.max(best.bottom, bottom(run));
      if (run.size > best.size) {
        best.size = run.size;
        best.baseline = run.baseline;
      }
    } else {
      rows.push({ baseline: run.baseline, size: run.size, top: top(run), bottom: bottom(run), runs: [run] });
    }
  }
  for (const row of rows) row.runs = dropOverprints(row.runs.sort((a, b) => a.x - b.x));
  return rows.sort((a, b) => a.baseline - b.baseline);
}

/** Fake bold draws the same text twice, a fraction of a point apart: keep one copy. */
function dropOverprints(runs: TextRun[]): TextRun[] {
  return runs.filter((r, i) => !runs.slice(0, i).some((p) => p.text === r.text && Math.abs(p.x - r.x) < 0.2 * r.size));
}

type GapKind = "none" | "space" | "candidate" | "column";

function gapBetween(a: TextRun, b: TextRun): number {
  return b.x - (a.x + a.width);
}

function classifyGaps(row: RawRow): GapKind[] {
  const runs = row.runs;
  const ems = runs.slice(1).map((b, k) => gapBetween(runs[k], b) / Math.max(runs[k].size, b.size));
  const wordGap = typicalWordGap(ems);
  return ems.map((em, k) => {
    const a = runs[k];
    const b = runs[k + 1];
    const spaced = /\s$/.test(a.text) || /^\s/.test(b.text);
    if (em < NO_SPACE_BELOW) return spaced ? "space" : "none";
    if (em >= Math.max(COLUMN_GAP, 2 * wordGap)) return "column";
    if (em >= CANDIDATE_COLUMN_GAP) return "candidate";
    return "space";
  });
}

/**
 * The word spacing of a line, in ems: plain text has narrow gaps; a justified line has several
 * equal wider ones. A lone wide gap is not word spacing (it is what a column gap looks like).
 */
function typicalWordGap(ems: number[]): number {
  const word = ems.filter((e) => e >= NO_SPACE_BELOW && e < 2.5).sort((a, b) => a - b);
  if (word.length < 2) return PLAIN_SPACE;
  const median = word[Math.floor(word.length / 2)];
  const near = word.filter((e) => Math.abs(e - median) <= 0.15 * median).length;
  return near >= 2 ? Math.max(PLAIN_SPACE, median) : PLAIN_SPACE;
}

function toCells(runs: TextRun[], kinds: GapKind[]): Cell[] {
  const cells: Cell[] = [];
  let cur: Cell | null = null;
  runs.forEach((run, k) => {
    const kind = k === 0 ? "column" : kinds[k - 1];
    const text = run.text.replace(/\s+/g, " ");
    if (kind === "column" || !cur) {
      cur = { x0: run.x, x1: run.x + run.width, text };
      cells.push(cur);
      return;
    }
    cur.text += kind === "space" && !cur.text.endsWith(" ") && !text.startsWith(" ") ? " " + text : text;
    cur.x1 = Math.max(cur.x1, run.x + run.width);
  });
  for (const c of cells) c.text = c.text.replace(/ {2,}/g, " ").trim();
  return cells.filter((c) => c.text !== "");
}
