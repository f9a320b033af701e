import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";

/** Minutes action logs (not yet implemented: returns nothing). */
export function parseActionLogs(ctx: PackContext): ParsedPack["actionLog"] {
  void ctx;
  return [];
}
