"use client";
import { startTransition, useActionState } from "react";
import type { ReviewFormState } from "@/lib/validation/import-review";
import { FormFeedback } from "./form-feedback";

const initial: ReviewFormState = { status: "idle" };

/**
 * A review form posting to one server action, carrying the review's id and the version the
 * clerk opened (so a change by another clerk meanwhile is refused, not overwritten).
 */
export function ReviewActionForm({
  action, reviewId, version, label, pendingLabel, tone = "primary", errorTitle, children, id,
}: {
  action: (prev: ReviewFormState, form: FormData) => Promise<ReviewFormState>;
  reviewId: number;
  version: number;
  label: string;
  pendingLabel: string;
  tone?: "primary" | "secondary" | "danger";
  errorTitle?: string;
  id?: string;
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const colours = tone === "primary" ? "bg-success text-white" : tone === "danger" ? "bg-danger text-white" : "bg-panel text-ink border-2 border-ink";
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        // With JavaScript, submit by hand: React resets a form after its action runs, which would
        // throw away a clerk's other corrections when one value is refused. Without JavaScript the
        // browser posts the form to the same action.
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
    >
      <FormFeedback state={state} title={errorTitle} />
      <input type="hidden" name="id" value={reviewId} />
      <input type="hidden" name="version" value={version} />
      {children}
      <button id={id} type="submit" disabled={pending} className={`mt-4 px-4 py-2 font-bold disabled:opacity-70 ${colours}`}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
