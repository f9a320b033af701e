/**
 * How a minute is named and linked. Minutes may be numbered as plain integers (52), with a
 * printed label ("93/18", "20.01.05"), or not at all; a page must never print "Minute null".
 */
export interface MinuteRef {
  /** The plain-integer number, when the minutes number their entries that way. */
  number: number | null;
  /** The number as printed, for display ("52", "93/18"); null for unnumbered minutes. */
  label: string | null;
  /** Fragment id on the meeting page: "minute-52" for numbered minutes (links already in use keep
   * working), "minute-entry-<position>" for unnumbered ones. */
  anchor: string;
}

export function minuteRef(row: { minuteNumber: number | null; numberLabel: string | null; sortOrder: number }): MinuteRef {
  const printed = row.numberLabel?.trim().replace(/[.:]+$/, "") || null;
  const label = printed ?? (row.minuteNumber !== null ? String(row.minuteNumber) : null);
  return {
    number: row.minuteNumber,
    label,
    anchor: row.minuteNumber !== null ? `minute-${row.minuteNumber}` : `minute-entry-${row.sortOrder}`,
  };
}

/** "Minute 52", "Minute 93/18", or "Minute" when unnumbered; lower case for use inside a sentence ("the minute"). */
export function minuteName(m: { label: string | null }, { lower = false } = {}): string {
  if (m.label) return `${lower ? "minute" : "Minute"} ${m.label}`;
  return lower ? "the minute" : "Minute";
}
