import type { InputHTMLAttributes } from "react";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

/** A GOV.UK text input: label, optional hint, and the error message beside the field. */
export function TextField({ id, name, label, hint, error, className, ...input }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">{label}</label>
      {hint && <p id={`${id}-hint`} className="mb-1 text-muted">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-danger">
          <span className="sr-only">Error:</span> {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`block w-full max-w-md border-2 px-2 py-1.5 ${error ? "border-danger" : "border-ink"} ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
