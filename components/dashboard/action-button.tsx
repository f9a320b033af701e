"use client";
/**
 * A small form posting to one dashboard action: hidden fields and a button (publish, remove,
 * move, restore). Plain HTML first; the action's refusal or conflict shows beside the button.
 */
import { useActionState } from "react";
import type { FormState } from "./form-state";

export function ActionButton({
  action, fields, label, tone = "primary", className, children, srSuffix,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  label: string;
  tone?: "primary" | "warning" | "secondary";
  className?: string;
  children?: React.ReactNode;
  /** Words only screen readers hear after the label, naming what it acts on ("Move up" … "item 3"). */
  srSuffix?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const tones = {
    primary: "bg-success text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
    warning: "bg-danger text-white shadow-[0_2px_0_#55150f] hover:bg-[#8e1f17]",
    secondary: "border-2 border-ink bg-panel text-ink",
  };
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={String(v)} />)}
      {children}
      {(state.status === "error" || state.status === "conflict") && state.message && (
        <p role="status" className="mb-2 border-l-4 border-danger pl-2 font-bold text-danger">{state.message}</p>
      )}
      <button type="submit" className={`px-4 py-1.5 font-bold ${tones[tone]}`}>{pending ? "Working…" : label}{srSuffix && <span className="sr-only"> {srSuffix}</span>}</button>
    </form>
  );
}
