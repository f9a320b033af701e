import { rejoinBrokenWords, type WordCounts } from "../text/word-breaks";
import type { ParsedPack } from "./parsed";
import { joinSplitOrdinals } from "./text";

/** Parts of a parsed pack that describe the source or talk to clerks, not text readers see. */
const NOT_READER_TEXT = new Set(["source", "issues", "documentParts"]);

/** One piece of reader text with extraction debris repaired: broken words rejoined, split ordinals joined. */
export function repairText(s: string, counts: WordCounts): string {
  return joinSplitOrdinals(rejoinBrokenWords(s, counts));
}

/**
 * Repair extraction debris in every text of a parsed pack, in place, once all parsers have run
 * (so every record kind gets the same repair, and no parser has to remember to ask for it).
 * `counts` are the words of the whole document: the dictionary that tells a line-break hyphen
 * from a real one.
 */
export function repairReaderText(pack: ParsedPack, counts: WordCounts): void {
  for (const [key, value] of Object.entries(pack)) {
    if (NOT_READER_TEXT.has(key)) continue;
    (pack as unknown as Record<string, unknown>)[key] = repairValue(value, counts);
  }
}

function repairValue(value: unknown, counts: WordCounts): unknown {
  if (typeof value === "string") return repairText(value, counts);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = repairValue(value[i], counts);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = repairValue(record[key], counts);
    return record;
  }
  return value;
}
