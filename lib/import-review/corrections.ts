import { editableField, editablePaths, formValue, getAtPath, readFieldValue, setAtPath } from "./editable-fields";
import type { FieldCorrection, IssueDecision, ReviewedPack } from "./review-state";

export interface CorrectionInput {
  /** Submitted form values keyed by pack path; paths not submitted are left as they are. */
  values: Record<string, string>;
  /** Issue decisions keyed by issue index; an empty status clears nothing. */
  issues: Record<string, { status: "" | "accepted" | "resolved"; note: string }>;
}

export interface CorrectionResult {
  pack: ReviewedPack;
  changed: FieldCorrection[];
  decided: string[];
  /** Field errors keyed by path, or by `issue.<index>`. */
  errors: Record<string, string>;
}

/**
 * Apply a clerk's corrections to the reviewed pack (a copy; the input is not changed). Only
 * the editable fields (editable-fields.ts) are taken; a value equal to the current one is
 * not a correction. Nothing is applied when any value is invalid.
 */
export function applyCorrections(reviewed: ReviewedPack, input: CorrectionInput, by: number, at: string): CorrectionResult {
  const pack = structuredClone(reviewed);
  const allowed = new Set(editablePaths(pack));
  const changed: FieldCorrection[] = [];
  const decided: string[] = [];
  const errors: Record<string, string> = {};
  for (const [path, raw] of Object.entries(input.values)) {
    const field = editableField(path);
    if (!field || !allowed.has(path)) {
      errors[path] = "This field cannot be corrected here.";
      continue;
    }
    const current = getAtPath(pack, path);
    if (raw === formValue(current)) continue;
    const read = readFieldValue(field.kind, raw, pack);
    if (!read.ok) {
      errors[path] = read.message;
      continue;
    }
    if (read.value === current) continue;
    setAtPath(pack, path, read.value);
    changed.push({ path, from: current ?? null, to: read.value, by, at });
  }
  for (const [index, d] of Object.entries(input.issues)) {
    if (!/^\d+$/.test(index) || Number(index) >= pack.issues.length) {
      errors[`issue.${index}`] = "There is no such issue.";
      continue;
    }
    const note = d.note.trim();
    const previous = pack.review.issueDecisions[index];
    if (!d.status) {
      if (note && !previous) errors[`issue.${index}`] = "Choose whether the issue is accepted as it is or resolved.";
      continue;
    }
    if (note.length > 1000) {
      errors[`issue.${index}`] = "Keep the note under 1,000 characters.";
      continue;
    }
    if (previous && previous.status === d.status && previous.note === note) continue;
    const decision: IssueDecision = { status: d.status, note, by, at };
    pack.review.issueDecisions[index] = decision;
    decided.push(index);
  }
  if (Object.keys(errors).length) return { pack: reviewed, changed: [], decided: [], errors };
  pack.review.corrections.push(...changed);
  return { pack, changed, decided, errors };
}
