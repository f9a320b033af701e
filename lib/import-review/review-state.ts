import type { ParsedPack } from "@/lib/import/parsed";

/** What a clerk decided about one of the importer's issues. */
export interface IssueDecision {
  status: "accepted" | "resolved";
  note: string;
  by: number;
  at: string;
}

/** One field a clerk corrected in the review, before anything was written. */
export interface FieldCorrection {
  /** Path into the pack, e.g. "agendaItems.3.title" (see editable-fields.ts). */
  path: string;
  from: unknown;
  to: unknown;
  by: number;
  at: string;
}

export interface ReviewState {
  corrections: FieldCorrection[];
  /** Keyed by the issue's index in `pack.issues`. */
  issueDecisions: Record<string, IssueDecision>;
}

/**
 * What `import_reviews.parsed` holds: the importer's reading with the clerk's corrections
 * applied, plus the corrections themselves (so the store can mark those fields clerk-edited).
 */
export type ReviewedPack = ParsedPack & { review: ReviewState };

export function emptyReviewState(): ReviewState {
  return { corrections: [], issueDecisions: {} };
}

export function asReviewedPack(parsed: Record<string, unknown>): ReviewedPack {
  const pack = parsed as unknown as ReviewedPack;
  return pack.review ? pack : { ...pack, review: emptyReviewState() };
}

/** The pack as the importer's store takes it (without the review's own bookkeeping). */
export function packOf(reviewed: ReviewedPack): ParsedPack {
  const { review: _review, ...pack } = reviewed;
  return pack;
}

/** Paths the clerk has corrected, the latest value winning. */
export function correctedPaths(state: ReviewState): Set<string> {
  return new Set(state.corrections.map((c) => c.path));
}
