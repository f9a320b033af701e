/**
 * What a reader is told where the importer was unsure of a fact: a plain-words flag chosen by
 * the kind of issue, never the importer's own message (that names pack lines and parser
 * steps, and belongs to clerks in the dashboard). Issues a reader need not know about (a
 * misprinted weekday the page already shows correctly, a row split as intended) give no flag.
 */
const FLAGS: Record<string, string> = {
  "total-mismatch": "The printed total does not equal the sum of the lines above it. Both are shown as printed.",
  "figure-mismatch": "The report prints a different figure for this elsewhere. This is the figure its table prints.",
  "narrative-figure-mismatch": "The report’s text gives a different figure for this line. This is the figure its table prints.",
  "workshop-items-run-together": "The topics of this workshop were printed run together, so they are shown as one line.",
  "workshop-items-split-at-capitals": "The topics of this workshop were printed run together and have been separated; the original list may divide them differently.",
  "agenda-plan-despatch-before-deadline": "The plan prints an agenda despatch date before its own deadline for draft reports. Both are shown as printed.",
  "agenda-plan-date-year-typo": "The plan prints this committee date with a different year; the year shown is the one its own deadlines give.",
  "outside-bodies-truncated": "The list printed in the agenda pack ends here, so further details may be missing.",
};

/** Issues about a figure whose kind has no flag of its own still get the general one. */
const FIGURE_FLAG = "This figure could not be checked against the original table.";

/** The plain-words flag for an issue code, or null when readers need none. */
export function readerFlag(code: string): string | null {
  return FLAGS[code] ?? null;
}

/** The flag for an issue about a figure in a table: specific where one is known, else the general one. */
export function figureFlag(code: string): string {
  return FLAGS[code] ?? FIGURE_FLAG;
}
