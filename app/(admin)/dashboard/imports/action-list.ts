/**
 * The import review's server actions, for the refusal-matrix spec: each must refuse an
 * anonymous visitor and a clerk of another committee. ("use server" files may export only
 * async functions, so the list lives here.) Fields: what a minimal form post needs.
 */
import { acceptReviewAction, discardReviewAction, saveCorrectionsAction, uploadDocumentAction } from "./actions";

export const importReviewActions = [
  { name: "uploadDocumentAction", action: uploadDocumentAction, page: "/dashboard/imports/new", fields: ["document"] },
  { name: "saveCorrectionsAction", action: saveCorrectionsAction, page: "/dashboard/imports/[id]", fields: ["id", "version", "field:<path>", "issue:<n>:status", "issue:<n>:note"] },
  { name: "acceptReviewAction", action: acceptReviewAction, page: "/dashboard/imports/[id]", fields: ["id", "version", "choice:<conflict id>"] },
  { name: "discardReviewAction", action: discardReviewAction, page: "/dashboard/imports/[id]", fields: ["id", "version"] },
] as const;
