/**
 * Money as councils print it. Prose figures ("£1,172k", "£5.2m", "£1.4million",
 * "up-to-£1million", "-£300k", "£1,500,000.00") become pounds; finance-table cells
 * ("1,234", "-0", "(1,234)", "-2,101 ²⁷") stay in the table's own unit.
 */

export interface MoneyMention {
  /** Value in pounds, rounded to pence. */
  amountGbp: number;
  /** The figure as printed, sign and multiplier included ("-£43k", "£1.4million"). */
  asPrinted: string;
  /** Where the figure starts in the searched text. */
  index: number;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, bn: 1e9, billion: 1e9,
};

// A sign counts only when it is not part of a word ("up-to-£1million" is not negative).
const MONEY = /(?:(?<![\p{L}\p{N}])([-+\u2212\u2013])\s?)?£\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|bn|mn|k|m)\b)?/giu;

function roundPence(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Every money figure in a text, in order. "£k" and "£000" (no value) are not figures. */
export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  if (!text.includes("£")) return out; // every figure has a pound sign: skip the costly pattern
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    const digits = m[2].replace(/,/g, "");
    // "£000" and "£'000" are unit labels, not amounts.
    if (/^0+$/.test(digits) && !m[3]) continue;
    const base = parseFloat(digits + (m[3] ?? ""));
    if (!Number.isFinite(base)) continue;
    const mult = m[4] ? MULTIPLIERS[m[4].toLowerCase()] ?? 1 : 1;
    const sign = m[1] && m[1] !== "+" ? -1 : 1;
    out.push({ amountGbp: roundPence(sign * base * mult), asPrinted: m[0].trim(), index: m.index });
  }
  return out;
}

/** The first money figure of a text, in pounds, or null. */
export function parseMoney(text: string): number | null {
  const found = findMoney(text);
  return found.length > 0 ? found[0].amountGbp : null;
}

const SUPERSCRIPTS = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;
// What normalisedFigure rewrites: superscript digits, whitespace, "−" (U+2212).
const FIGURE_NOISE = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\s\u2212]/;
// A character no figure or percent cell holds, even before normalisation: such a cell is text.
const NOT_A_FIGURE = /[^\d,.()+\-£kK%\s\u2212\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/;

/**
 * A figure cell without footnote marks and spaces, with "−" (U+2212) as "-". Plain cells skip
 * the rewrites: finance tables have thousands of cells and most are plain already.
 */
function normalisedFigure(cell: string): string {
  if (!FIGURE_NOISE.test(cell)) return cell;
  return cell.replace(SUPERSCRIPTS, "").replace(/[\s\u00a0]+/g, "").replace(/\u2212/g, "-");
}

/**
 * A numeric cell of a finance table, in the table's own unit: "1,561" -> 1561, "-0" -> 0,
 * "(1,234)" -> -1234, "-2,101 ²⁷" -> -2101, "£1,172k" -> 1172 (already thousands).
 * Blank, "-", "n/a" and text give null. Percent cells are not numbers here (see parsePercentCell).
 */
export function parseNumberCell(cell: string): number | null {
  if (NOT_A_FIGURE.test(cell)) return null; // quick answer for the many name and text cells
  const t = normalisedFigure(cell);
  if (t === "" || t.includes("%")) return null;
  const m = /^(\()?([-+])?£?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?k?(\))?$/i.exec(t);
  if (!m) return null;
  if (Boolean(m[1]) !== Boolean(m[5])) return null;
  const digits = m[3].includes(",") ? m[3].replace(/,/g, "") : m[3];
  const n = parseFloat(digits + (m[4] ?? ""));
  const negative = m[2] === "-" || Boolean(m[1]);
  const v = negative ? -n : n;
  return v === 0 ? 0 : v; // "-0" is printed but means zero
}

/** A percent cell: "245.0%" -> 245, "-2.4%" -> -2.4; "-%" and text give null. */
export function parsePercentCell(cell: string): number | null {
  if (NOT_A_FIGURE.test(cell)) return null;
  const t = normalisedFigure(cell);
  const m = /^([-+])?(\d+(?:\.\d+)?)%$/.exec(t);
  if (!m) return null;
  const v = parseFloat(m[2]);
  return m[1] === "-" ? -v : v;
}

/** True when a cell holds a number or a percent (or a bare dash standing for none). */
export function isNumericCell(cell: string): boolean {
  const t = cell.trim();
  return parseNumberCell(t) !== null || parsePercentCell(t) !== null || /^[-–]?%?$/.test(t) && t !== "";
}
