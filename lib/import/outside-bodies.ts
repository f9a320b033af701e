import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";

/** Outside bodies (not yet implemented: returns nothing). */
export function parseOutsideBodies(ctx: PackContext): ParsedPack["outsideBodies"] {
  void ctx;
  return [];
}
