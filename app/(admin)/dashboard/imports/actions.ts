"use server";
/**
 * Server actions of the import review. Each one finds the acting clerk itself (requireClerk)
 * and passes them to the mutation, which checks the role and the committee again.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { NotAuthorisedError, requireClerk } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { editableField } from "@/lib/import-review/editable-fields";
import {
  acceptImportReview, createImportReview, discardImportReview, ReviewClosedError, ReviewConflictError, ReviewInputError,
  ReviewNotFoundError, saveReviewCorrections, UploadProblem,
} from "@/lib/mutations/import-review";
import { revalidateAfterChange } from "@/lib/publishing/revalidate";
import { readChoices, readCorrections, readReviewRef, type ReviewFormState } from "@/lib/validation/import-review";

const KNOWN_ERRORS = [NotAuthorisedError, UploadProblem, ReviewConflictError, ReviewClosedError, ReviewNotFoundError];

/**
 * The form data, however the action was called: through useActionState (previous state, form)
 * or posted directly by a plain form or a test with only `$ACTION_ID_…` (form alone).
 */
function formOf(first: ReviewFormState | FormData, second: FormData | undefined): FormData {
  return second instanceof FormData ? second : first instanceof FormData ? first : new FormData();
}

function failure(err: unknown): ReviewFormState {
  if (err instanceof ReviewInputError) {
    return {
      status: "error", message: err.message,
      fieldErrors: Object.entries(err.fieldErrors).map(([path, message]) => ({ path, label: editableField(path)?.label ?? (path.startsWith("issue.") ? "Issue decision" : path), message })),
    };
  }
  if (KNOWN_ERRORS.some((k) => err instanceof k)) return { status: "error", message: (err as Error).message };
  throw err;
}

/** Upload an agenda pack or minutes (text or PDF) and open its review. */
export async function uploadDocumentAction(prev: ReviewFormState | FormData, posted?: FormData): Promise<ReviewFormState> {
  const form = formOf(prev, posted);
  let id: number;
  try {
    const user = await requireClerk();
    const file = form.get("document");
    if (!(file instanceof File) || (file.size === 0 && !file.name)) {
      return { status: "error", message: "Choose a file to upload: an agenda pack or minutes, as text or PDF." };
    }
    ({ id } = await createImportReview(db, user, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  } catch (err) {
    return failure(err);
  }
  revalidatePath("/dashboard/imports");
  redirect(`/dashboard/imports/${id}`);
}

export async function saveCorrectionsAction(prev: ReviewFormState | FormData, posted?: FormData): Promise<ReviewFormState> {
  const form = formOf(prev, posted);
  const ref = readReviewRef(form);
  if (!ref) return { status: "error", message: "This form is out of date; reload the page." };
  const input = readCorrections(form);
  if ("error" in input) return { status: "error", message: input.error };
  let result;
  try {
    const user = await requireClerk();
    result = await saveReviewCorrections(db, user, { ...input, ...ref });
  } catch (err) {
    return failure(err);
  }
  revalidatePath(`/dashboard/imports/${ref.id}`);
  redirect(`/dashboard/imports/${ref.id}?saved=${result.changed}-${result.decided}`);
}

export async function acceptReviewAction(prev: ReviewFormState | FormData, posted?: FormData): Promise<ReviewFormState> {
  const form = formOf(prev, posted);
  const ref = readReviewRef(form);
  if (!ref) return { status: "error", message: "This form is out of date; reload the page." };
  let outcome;
  try {
    const user = await requireClerk();
    outcome = await acceptImportReview(db, user, { ...ref, choices: readChoices(form) });
  } catch (err) {
    return failure(err);
  }
  // New records are drafts, but a re-import may change a meeting that is already public, and
  // people, committees and actions the pack names are shared with published pages.
  await revalidateAfterChange({ kind: "import" });
  revalidatePath("/dashboard/imports");
  redirect(`/dashboard/imports/${ref.id}?accepted=1`);
}

export async function discardReviewAction(prev: ReviewFormState | FormData, posted?: FormData): Promise<ReviewFormState> {
  const form = formOf(prev, posted);
  const ref = readReviewRef(form);
  if (!ref) return { status: "error", message: "This form is out of date; reload the page." };
  try {
    const user = await requireClerk();
    await discardImportReview(db, user, ref);
  } catch (err) {
    return failure(err);
  }
  revalidatePath("/dashboard/imports");
  redirect(`/dashboard/imports/${ref.id}?discarded=1`);
}
