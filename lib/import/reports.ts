import type { PackContext } from "./pack-context";
import type { ParsedReport } from "./parsed";

/** Officer reports (not yet implemented: returns nothing). */
export function parseReports(ctx: PackContext): ParsedReport[] {
  void ctx;
  return [];
}
