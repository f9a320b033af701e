/** A pack's text as numbered lines; every parser works on these so records keep their source line. */
export interface Line {
  /** 1-based line number in the pack file. */
  n: number;
  text: string;
}

export function toLines(text: string): Line[] {
  const unix = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const raw = unix.split("\n");
  return raw.map((t, i) => ({ n: i + 1, text: t }));
}

const NON_BLANK = /[^\s\u00a0\u200b]/;

/** True for lines that carry no text (including ones made only of U+00A0 and other spaces). */
export function isBlank(line: Line | string): boolean {
  // A test that stops at the first visible character: called on nearly every line by every parser.
  return !NON_BLANK.test(typeof line === "string" ? line : line.text);
}

/** Index of the first line at or after `from` satisfying `pred`, or -1. */
export function findIndex(lines: Line[], pred: (l: Line) => boolean, from = 0, to = lines.length): number {
  for (let i = from; i < to; i++) if (pred(lines[i])) return i;
  return -1;
}

/**
 * Index of the first line numbered `n` or later, or -1: what `lines.findIndex((l) => l.n >= n)`
 * gives for lines in file order, found by bisection (parsers look up every report's range).
 */
export function firstIndexFromLine(lines: Line[], n: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].n >= n) hi = mid;
    else lo = mid + 1;
  }
  return lo < lines.length ? lo : -1;
}
