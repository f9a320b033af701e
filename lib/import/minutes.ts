import type { PackContext } from "./pack-context";
import type { ParsedMinutes } from "./parsed";

/** Minutes printed in the pack (not yet implemented: returns nothing). */
export function parseMinutes(ctx: PackContext): ParsedMinutes[] {
  void ctx;
  return [];
}
