"use client";
import { useEffect, useRef } from "react";
import { fieldId, type ReviewFormState } from "@/lib/validation/import-review";

/**
 * An action's error, in the GOV.UK error-summary pattern: a titled box that takes focus, with a
 * link to each field at fault.
 */
export function FormFeedback({ state, title = "There is a problem" }: { state: ReviewFormState; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="form-problem-title" className="mb-6 border-4 border-danger p-4 focus:outline-none" data-testid="form-problem">
      <h2 id="form-problem-title" className="text-lg font-bold">{title}</h2>
      <p>{state.message}</p>
      {state.fieldErrors?.length ? (
        <ul className="mt-2 list-disc pl-6">
          {state.fieldErrors.map((e) => (
            <li key={e.path}>
              <a href={`#${fieldId(e.path)}`} className="font-bold text-danger visited:text-danger">{e.label}</a>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
