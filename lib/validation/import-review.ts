/**
 * Form data of the import-review forms, read at the edge. The forms name their inputs
 * `field:<pack path>`, `issue:<index>:status` / `issue:<index>:note`, and `choice:<conflict id>`.
 */
import { z } from "zod";
import type { CorrectionInput } from "@/lib/import-review/corrections";
import type { ConflictChoice } from "@/lib/import-review/diff";

const id = z.coerce.number().int().positive();
export const reviewRefSchema = z.object({ id, version: z.coerce.number().int().positive() });
export type ReviewRef = z.infer<typeof reviewRefSchema>;

const issueStatus = z.enum(["", "accepted", "resolved"]);
const choice = z.enum(["keep", "document"]);

/** The element id of a pack path's input (for labels and the error summary's links). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
/** The form-field name of a pack path. */
export const fieldName = (path: string) => `field:${path}`;
export const issueStatusName = (index: number) => `issue:${index}:status`;
export const issueNoteName = (index: number) => `issue:${index}:note`;
export const choiceName = (conflictId: string) => `choice:${conflictId}`;

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

export function readReviewRef(form: FormData): ReviewRef | null {
  const parsed = reviewRefSchema.safeParse({ id: form.get("id"), version: form.get("version") });
  return parsed.success ? parsed.data : null;
}

export function readCorrections(form: FormData): CorrectionInput | { error: string } {
  const values: Record<string, string> = {};
  const issues: CorrectionInput["issues"] = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (name.startsWith("field:")) {
      if (value.length > 5000) return { error: "A value is too long." };
      values[name.slice("field:".length)] = value;
    }
    const m = /^issue:(\d+):status$/.exec(name);
    if (m) {
      const status = issueStatus.safeParse(value);
      if (!status.success) return { error: "Choose how each issue was handled from the list." };
      issues[m[1]] = { status: status.data, note: text(form, issueNoteName(Number(m[1]))).slice(0, 2000) };
    }
  }
  return { values, issues };
}

export function readChoices(form: FormData): Record<string, ConflictChoice> {
  const out: Record<string, ConflictChoice> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("choice:")) continue;
    const c = choice.safeParse(value);
    if (c.success) out[name.slice("choice:".length)] = c.data;
  }
  return out;
}

/** What an import-review form shows after its action ran. */
export interface ReviewFormState {
  status: "idle" | "error" | "saved";
  message?: string;
  /** Field errors keyed by pack path, with the field's label. */
  fieldErrors?: { path: string; label: string; message: string }[];
}
