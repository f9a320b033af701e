/**
 * CSV downloads. Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula, so a text cell from the papers such as "-£300k" or "=HYPERLINK(…)" could
 * run when opened ("CSV injection"). Such text cells are prefixed with a single quote, as OWASP
 * advises; numbers stay numbers (a negative variance is not text). The developers page says so.
 */
import { stringify } from "csv-stringify/sync";

export type CsvValue = string | number | boolean | null | undefined;
export interface CsvColumn<T> { header: string; value: (row: T) => CsvValue }

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: CsvValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A header row, then one row per record; UTF-8 with CRLF line ends (RFC 4180). */
export function toCsv<T>(rows: T[], columns: CsvColumn<T>[]): string {
  return stringify(rows.map((r) => columns.map((c) => guardCell(c.value(r)))), {
    header: true, columns: columns.map((c) => c.header), record_delimiter: "windows",
  });
}
