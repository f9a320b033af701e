/**
 * Every server action in ./actions.ts, with what a refusal spec posts to it ("use server" files
 * may export only async functions, so the list lives here). Each must refuse an anonymous
 * visitor and a clerk limited to another committee, changing nothing. `form` builds the fields
 * for an attempt against a pending review of a committee the limited clerk does not clerk.
 */
import { acceptReviewAction, discardReviewAction, saveCorrectionsAction, uploadDocumentAction } from "./actions";

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

export const IMPORT_REVIEW_SERVER_ACTIONS = { uploadDocumentAction, saveCorrectionsAction, acceptReviewAction, discardReviewAction } as const;

export const IMPORT_REVIEW_ACTIONS: Record<keyof typeof IMPORT_REVIEW_SERVER_ACTIONS, readonly ImportReviewAttempt[]> = {
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
