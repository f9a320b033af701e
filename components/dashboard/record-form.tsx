"use client";
/**
 * The one form every record type is edited with. Plain HTML that submits to a server action
 * (it works before or without JavaScript); useActionState brings the action's answer back:
 * errors beside each field and in a summary, a version conflict showing the saved and the
 * clerk's values side by side, or a markdown preview.
 */
import { useActionState } from "react";
import type { FormState } from "./form-state";
import { ErrorSummary } from "./error-summary";

export interface ClientField {
  name: string;
  label: string;
  hint?: string;
  input: "text" | "textarea" | "markdown" | "date" | "time" | "number" | "select" | "checkbox" | "yesno" | "email";
  options?: { value: string; label: string }[];
}

export interface RecordFormProps {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  kind: string;
  recordLabel: string;
  id?: number;
  parentId?: number;
  version?: string;
  fields: ClientField[];
  values: Record<string, string>;
  submitLabel: string;
}

const inputClass = "mt-1 block w-full border-2 border-ink bg-white px-2 py-1.5";

export function RecordForm(props: RecordFormProps) {
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" } as FormState);
  const values = state.values ?? props.values;
  const version = state.version ?? props.version;
  const errors = state.fieldErrors ?? {};
  const labels = Object.fromEntries(props.fields.map((f) => [f.name, f.label]));
  const conflict = state.status === "conflict" ? state.current ?? {} : null;
  const resetKey = JSON.stringify([state.status, state.values ?? null, state.version ?? null]);
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {state.status === "error" || state.status === "conflict" ? (
        <ErrorSummary errors={errors} labels={labels} message={state.message} />
      ) : null}
      {conflict && (
        <p className="mb-6 border-l-8 border-warning bg-panel p-3">
          Each field where the saved {props.recordLabel} differs from yours shows the saved value below it. Save again to replace the saved
          version with yours, or change any field first.
        </p>
      )}
      <input type="hidden" name="kind" value={props.kind} />
      {props.id !== undefined && <input type="hidden" name="id" value={props.id} />}
      {props.parentId !== undefined && <input type="hidden" name="parentId" value={props.parentId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <div key={resetKey} className="space-y-6">
        {props.fields.map((f) => (
          <Field key={f.name} field={f} value={values[f.name] ?? ""} error={errors[f.name]} saved={conflict && conflict[f.name] !== undefined && conflict[f.name] !== (values[f.name] ?? "") ? conflict[f.name] : undefined} preview={state.preview?.field === f.name ? state.preview.html : undefined} />
        ))}
      </div>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button type="submit" name="intent" value="save" className="bg-success px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]">
          {pending ? "Saving…" : props.submitLabel}
        </button>
      </div>
    </form>
  );
}

function Field({ field: f, value, error, saved, preview }: { field: ClientField; value: string; error?: string; saved?: string; preview?: string }) {
  const id = `f-${f.name}`;
  const describedBy = [f.hint ? `${id}-hint` : null, error ? `${id}-error` : null, saved !== undefined ? `${id}-saved` : null].filter(Boolean).join(" ") || undefined;
  const invalid = error ? true : undefined;
  const border = error ? " border-danger" : "";
  if (f.input === "checkbox") {
    return (
      <div className={error ? "border-l-4 border-danger pl-3" : ""}>
        {error && <p id={`${id}-error`} className="font-bold text-danger"><span className="sr-only">Error: </span>{error}</p>}
        <div className="flex items-center gap-3">
          <input id={id} name={f.name} type="checkbox" defaultChecked={value === "yes" || value === "true"} aria-describedby={describedBy} className="h-6 w-6 border-2 border-ink" />
          <label htmlFor={id} className="font-bold">{f.label}</label>
        </div>
        {f.hint && <p id={`${id}-hint`} className="text-muted">{f.hint}</p>}
        {saved !== undefined && <SavedValue id={`${id}-saved`} value={saved === "yes" ? "ticked" : "not ticked"} />}
      </div>
    );
  }
  let control: React.ReactNode;
  if (f.input === "select" || f.input === "yesno") {
    const options = f.input === "yesno" ? [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }] : f.options ?? [];
    control = (
      <select id={id} name={f.name} defaultValue={value} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass + border}>
        <option value="">Not set</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  } else if (f.input === "textarea" || f.input === "markdown") {
    control = <textarea id={id} name={f.name} defaultValue={value} rows={f.input === "markdown" ? 20 : 5} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass + border + (f.input === "markdown" ? " font-mono text-sm" : "")} />;
  } else {
    const type = f.input === "date" ? "date" : f.input === "time" ? "time" : f.input === "email" ? "email" : "text";
    control = (
      <input id={id} name={f.name} type={type} defaultValue={value} inputMode={f.input === "number" ? "decimal" : undefined} spellCheck={f.input === "number" || f.input === "email" ? false : undefined}
        aria-describedby={describedBy} aria-invalid={invalid} className={inputClass + border + (f.input === "number" || f.input === "date" || f.input === "time" ? " max-w-60" : "")} />
    );
  }
  return (
    <div className={error ? "border-l-4 border-danger pl-3" : ""}>
      <label htmlFor={id} className="block font-bold">{f.label}</label>
      {f.hint && <p id={`${id}-hint`} className="text-muted">{f.hint}</p>}
      {error && <p id={`${id}-error`} className="font-bold text-danger"><span className="sr-only">Error: </span>{error}</p>}
      {control}
      {saved !== undefined && <SavedValue id={`${id}-saved`} value={saved} />}
      {f.input === "markdown" && (
        <div className="mt-2">
          <button type="submit" name="intent" value={`preview:${f.name}`} className="border-2 border-ink bg-panel px-3 py-1 font-bold">Preview {f.label.toLowerCase()}</button>
          {preview !== undefined && (
            <section aria-label={`Preview of ${f.label.toLowerCase()}`} className="prose mt-3 border-2 border-dashed border-rule p-4 [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:font-bold [&_li]:ml-6 [&_li]:list-disc [&_p]:mt-2 [&_td]:border [&_td]:p-1 [&_th]:border [&_th]:p-1">
              <p className="text-sm font-bold text-muted">Preview (not saved yet)</p>
              <div dangerouslySetInnerHTML={{ __html: preview }} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}

function SavedValue({ id, value }: { id: string; value: string }) {
  return (
    <div id={id} className="mt-2 border-l-4 border-warning bg-panel p-2">
      <p className="text-sm font-bold">Saved value now:</p>
      <p className="whitespace-pre-wrap break-words">{value === "" ? "(empty)" : value.length > 600 ? `${value.slice(0, 600)}…` : value}</p>
    </div>
  );
}
