"use client";
import { useEffect, useRef } from "react";

/**
 * GOV.UK-style error summary: a heading, then one link per problem to the field it concerns.
 * It takes focus when it appears (with JavaScript); without it, it is the first thing in the form.
 */
export function ErrorSummary({ errors, labels, message }: { errors: Record<string, string>; labels: Record<string, string>; message?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [errors, message]);
  const entries = Object.entries(errors).filter(([k]) => k !== "_form");
  if (!entries.length && !message) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger p-4 focus:outline-3 focus:outline-focus">
      <h2 id="error-summary-title" className="text-xl font-bold">There is a problem</h2>
      {message && <p className="mt-2">{message}</p>}
      {entries.length > 0 && (
        <ul className="mt-2 list-none space-y-1">
          {entries.map(([field, msg]) => (
            <li key={field}>
              <a href={`#f-${field}`} className="font-bold text-danger visited:text-danger">{msg}</a>
              <span className="sr-only"> ({labels[field] ?? field})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
