/**
 * Every server action in ./actions.ts, with what a refusal spec posts to it ("use server" files
 * may export only async functions, so the list lives here; e2e/admin/import-review.spec.ts runs it). Each must refuse an anonymous
 * visitor and a clerk limited to another committee, changing nothing. `form` builds the fields
 * for an attempt against a pending review of a committee the limited clerk does not clerk.
 */
// Names only, not imports: the e2e spec reads this file, and actions.ts is server-only. The spec
// checks that the names match the exports of actions.ts and the build's manifest.
export type ImportReviewActionName = "uploadDocumentAction" | "saveCorrectionsAction" | "acceptReviewAction" | "discardReviewAction";

export interface ReviewRefusalTarget {
  reviewId: number;
  reviewVersion: number;
}

export interface ImportReviewAttempt {
  description: string;
  adminOnly: false;
  form(t: ReviewRefusalTarget): Record<string, string>;
  /** Sent as the "document" file field (uploads only). */
  file?: { name: string; mimeType: string; text: string };
}

export const IMPORT_REVIEW_ACTIONS: Record<ImportReviewActionName, readonly ImportReviewAttempt[]> = {
  uploadDocumentAction: [
    {
      description: "upload another committee's agenda pack", adminOnly: false, form: () => ({}),
      file: { name: "pack.txt", mimeType: "text/plain", text: "(the text of tests/fixtures/packs/highways-2019-06-12.txt)" },
    },
  ],
  saveCorrectionsAction: [
    { description: "correct a review's meeting venue", adminOnly: false, form: (t) => ({ id: String(t.reviewId), version: String(t.reviewVersion), "field:meeting.venue": "Refused venue" }) },
  ],
  acceptReviewAction: [
    { description: "create records from a review", adminOnly: false, form: (t) => ({ id: String(t.reviewId), version: String(t.reviewVersion) }) },
  ],
  discardReviewAction: [
    { description: "discard a review", adminOnly: false, form: (t) => ({ id: String(t.reviewId), version: String(t.reviewVersion) }) },
  ],
};
