/** What a dashboard action hands back to its form: errors beside fields, a conflict, a preview. */
export interface FormState {
  status: "idle" | "error" | "conflict" | "preview" | "done";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** The clerk's values as submitted, so nothing typed is lost. */
  values?: Record<string, string>;
  /** On a conflict: the record as it now stands, shown beside the clerk's values. */
  current?: Record<string, string>;
  /** On a conflict: the version now stored (saving again overwrites it on purpose). */
  version?: string;
  /** Markdown preview, rendered with raw HTML disabled. */
  preview?: { field: string; html: string };
}

export const IDLE: FormState = { status: "idle" };
