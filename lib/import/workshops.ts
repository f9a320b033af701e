import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";

/** Workshop plans (not yet implemented: returns nothing). */
export function parseWorkshops(ctx: PackContext): ParsedPack["workshops"] {
  void ctx;
  return [];
}
