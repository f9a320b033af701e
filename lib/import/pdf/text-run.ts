/**
 * A piece of text as printed on a page, in page space with y growing downwards (the
 * viewport's orientation, so a rotated page reads like an upright one).
 */
export interface TextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline, measured from the top of the page. */
  baseline: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the height of an em): the unit every gap is measured in. */
  size: number;
}

/** Nothing printable: spaces, and the empty runs pdf.js uses to mark line ends. */
export function isBlankRun(run: TextRun): boolean {
  return run.text.trim() === "";
}
