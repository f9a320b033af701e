import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";

/** Agenda (forward) plans (not yet implemented: returns nothing). */
export function parseAgendaPlan(ctx: PackContext): ParsedPack["agendaPlan"] {
  void ctx;
  return [];
}
