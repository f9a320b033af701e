import type { PackContext } from "./pack-context";
import type { ParsedPack } from "./parsed";

/** Funding facts (not yet implemented: returns nothing). */
export function parseFundingFacts(ctx: PackContext): ParsedPack["fundingFacts"] {
  void ctx;
  return [];
}
