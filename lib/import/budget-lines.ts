import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";

/** Finance tables (not yet implemented: returns nothing). */
export function parseBudgetLines(ctx: PackContext): ParsedPack["budgetLines"] {
  void ctx;
  return [];
}
