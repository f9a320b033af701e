"use client";

import { useEffect, useRef } from "react";

export interface SummaryError {
  /** The id of the field the message is about (the link target). */
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the form, every error linking to its field. It takes
 * focus when it appears (with JavaScript) so screen reader users hear it straight away.
 */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger p-4 focus:outline-3 focus:outline-focus">
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">There is a problem</h2>
      <ul className="space-y-1">
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a href={`#${e.href}`} className="font-bold text-danger visited:text-danger">{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
