/** A pack's text as numbered lines; every parser works on these so records keep their source line. */
export interface Line {
  /** 1-based line number in the pack file. */
  n: number;
  text: string;
}

export function toLines(text: string): Line[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  return raw.map((t, i) => ({ n: i + 1, text: t }));
}

/** True for lines that carry no text (including ones made only of U+00A0 and other spaces). */
export function isBlank(line: Line | string): boolean {
  const t = typeof line === "string" ? line : line.text;
  return t.replace(/[\s\u00a0\u200b]/g, "") === "";
}

/** Index of the first line at or after `from` satisfying `pred`, or -1. */
export function findIndex(lines: Line[], pred: (l: Line) => boolean, from = 0, to = lines.length): number {
  for (let i = from; i < to; i++) if (pred(lines[i])) return i;
  return -1;
}
