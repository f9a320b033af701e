import type { PackContext } from "./pack-context";
import type { ParsedStrategy } from "./parsed";

/** Delivery plans (not yet implemented: returns nothing). */
export function parseStrategies(ctx: PackContext): ParsedStrategy[] {
  void ctx;
  return [];
}
