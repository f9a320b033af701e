"use client";
import { useActionState } from "react";
import { uploadDocumentAction } from "@/app/(admin)/dashboard/imports/actions";
import type { ReviewFormState } from "@/lib/validation/import-review";
import { FormFeedback } from "./form-feedback";

const initial: ReviewFormState = { status: "idle" };

/** Works without JavaScript: React posts a function-action form as multipart/form-data. */
export function UploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const [state, action, pending] = useActionState(uploadDocumentAction, initial);
  return (
    <form action={action} className="max-w-2xl">
      <FormFeedback state={state} title="The document could not be read" />
      <div className="mb-6">
        <label htmlFor="document" className="block font-bold">Agenda pack or minutes file</label>
        <p id="document-hint" className="text-muted">
          A PDF with a text layer, or a plain-text file (.txt), up to {maxMegabytes} MB. Nothing is published: you will check what was read first.
        </p>
        <input
          id="document" name="document" type="file" required accept=".txt,.text,.pdf,text/plain,application/pdf"
          aria-describedby="document-hint" aria-invalid={state.status === "error" || undefined}
          className="mt-2 block w-full border-2 border-ink p-2"
        />
      </div>
      <button type="submit" disabled={pending} className="bg-success px-4 py-2 font-bold text-white disabled:opacity-70">
        {pending ? "Reading…" : "Upload and read"}
      </button>
    </form>
  );
}
