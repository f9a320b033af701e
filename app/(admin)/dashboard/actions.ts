"use server";
/**
 * Every server action of the clerk dashboard. Each one finds the signed-in user itself
 * (requireClerk), and the mutation it calls checks the role and the record's committee as
 * stored: nothing in the form (kind, id, parent) is trusted to say which committee a record
 * belongs to. The refusal-matrix spec calls every export of this file (see action-registry.ts).
 *
 * Each action works as a plain form action (called with the FormData) and through
 * useActionState (called with the previous state, then the FormData).
 */
import { redirect } from "next/navigation";
import { NotAuthorisedError, requireClerk, type ActingUser } from "@/lib/auth/guards";
import { mergePeople } from "@/lib/mutations/people-merge";
import { renderMarkdownPreview } from "@/lib/mutations/report-body";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import {
  createRecord, deleteRecord, formValue, moveRecord, RecordNotFoundError, restoreRecord, setPublication, updateRecord, ValidationError, VersionConflictError,
} from "@/lib/mutations/records";
import type { FormState } from "@/components/dashboard/form-state";

function formDataOf(a: unknown, b: unknown): FormData {
  if (b instanceof FormData) return b;
  if (a instanceof FormData) return a;
  return new FormData();
}

async function actingUser(): Promise<ActingUser> {
  try {
    return await requireClerk();
  } catch (err) {
    if (err instanceof NotAuthorisedError) redirect("/login?next=%2Fdashboard");
    throw err;
  }
}

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

function positiveId(form: FormData, name: string): number | null {
  const n = Number(text(form, name));
  return Number.isInteger(n) && n > 0 ? n : null;
}

function kindOf(form: FormData): string | null {
  const kind = text(form, "kind");
  return isRecordKind(kind) ? kind : null;
}

/** The record type's fields from the form, as strings (an unticked checkbox is absent: send "no"). */
function inputOf(kind: string, form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of recordType(kind).fields) out[f.name] = f.input === "checkbox" ? (form.get(f.name) == null ? "no" : "yes") : text(form, f.name);
  return out;
}

function failure(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof ValidationError) return { status: "error", fieldErrors: err.fieldErrors, values, message: err.fieldErrors._form };
  if (err instanceof VersionConflictError) {
    const current: Record<string, string> = {};
    for (const [k, v] of Object.entries(err.current)) current[k] = formValue(v) ?? "";
    return { status: "conflict", message: err.message, values, current, version: err.currentVersion };
  }
  if (err instanceof NotAuthorisedError || err instanceof RecordNotFoundError) return { status: "error", message: err.message, values };
  throw err;
}

const editPath = (kind: string, id: number) => `/dashboard/${kind}/${id}`;

/** Save a record's form: update when it has an id, create under its parent otherwise; or preview its markdown. */
export async function saveRecord(a: FormState | FormData, b?: FormData): Promise<FormState> {
  const form = formDataOf(a, b);
  const user = await actingUser();
  const kind = kindOf(form);
  if (!kind) return { status: "error", message: "That kind of record cannot be edited here." };
  const values = inputOf(kind, form);
  const previewField = text(form, "intent").startsWith("preview:") ? text(form, "intent").slice("preview:".length) : null;
  if (previewField && recordType(kind).fields.some((f) => f.name === previewField && f.input === "markdown")) {
    return { status: "preview", values, preview: { field: previewField, html: renderMarkdownPreview(values[previewField] ?? "") }, version: text(form, "version") || undefined };
  }
  const id = positiveId(form, "id");
  let savedId: number;
  try {
    savedId = id !== null
      ? (await updateRecord(user, kind, id, text(form, "version"), values)).id
      : (await createRecord(user, kind, positiveId(form, "parentId"), values)).id;
  } catch (err) {
    return failure(err, values);
  }
  redirect(`${editPath(kind, savedId)}?saved=${id !== null ? "updated" : "created"}`);
}

export async function publishRecord(a: FormState | FormData, b?: FormData): Promise<FormState> {
  const form = formDataOf(a, b);
  const user = await actingUser();
  const kind = kindOf(form);
  const id = positiveId(form, "id");
  const publication = text(form, "publication");
  if (!kind || id === null || (publication !== "draft" && publication !== "published")) return { status: "error", message: "Nothing to publish was given." };
  try {
    await setPublication(user, kind, id, publication, text(form, "version"));
  } catch (err) {
    return failure(err);
  }
  redirect(`${editPath(kind, id)}?saved=${publication === "published" ? "published" : "unpublished"}`);
}

export async function deleteRecordAction(a: FormState | FormData, b?: FormData): Promise<FormState> {
  const form = formDataOf(a, b);
  const user = await actingUser();
  const kind = kindOf(form);
  const id = positiveId(form, "id");
  if (!kind || id === null) return { status: "error", message: "Nothing to remove was given." };
  let parent: { kind: string; id: number } | null;
  try {
    const res = await deleteRecord(user, kind, id, text(form, "version"));
    const p = recordType(kind).parent;
    parent = p && res.parentId ? { kind: p.kind, id: res.parentId } : null;
  } catch (err) {
    return failure(err);
  }
  redirect(parent ? `${editPath(parent.kind, parent.id)}?saved=removed` : "/dashboard?saved=removed");
}

export async function moveRecordAction(a: FormState | FormData, b?: FormData): Promise<FormState> {
  const form = formDataOf(a, b);
  const user = await actingUser();
  const kind = kindOf(form);
  const id = positiveId(form, "id");
  const direction = text(form, "direction");
  const back = positiveId(form, "parentId");
  if (!kind || id === null || (direction !== "up" && direction !== "down")) return { status: "error", message: "Nothing to move was given." };
  try {
    await moveRecord(user, kind, id, direction);
  } catch (err) {
    return failure(err);
  }
  const parentKind = recordType(kind).parent?.kind;
  redirect(parentKind && back ? `${editPath(parentKind, back)}?saved=moved#${kind}-list` : "/dashboard");
}

export async function restoreRecordAction(a: FormState | FormData, b?: FormData): Promise<FormState> {
  const form = formDataOf(a, b);
  const user = await actingUser();
  const kind = kindOf(form);
  const id = positiveId(form, "id");
  const auditId = positiveId(form, "auditId");
  if (!kind || id === null || auditId === null) return { status: "error", message: "No version to restore was given." };
  try {
    await restoreRecord(user, kind, id, auditId, text(form, "version"));
  } catch (err) {
    return failure(err);
  }
  redirect(`${editPath(kind, id)}?saved=restored`);
}

export async function mergePeopleAction(a: FormState | FormData, b?: FormData): Promise<FormState> {
  const form = formDataOf(a, b);
  const user = await actingUser();
  const values = { keepId: text(form, "keepId"), mergeId: text(form, "mergeId") };
  let keptId: number;
  try {
    keptId = (await mergePeople(user, values)).keptId;
  } catch (err) {
    const state = failure(err, values);
    return { ...state, message: state.message ?? Object.values(state.fieldErrors ?? {})[0] };
  }
  redirect(`${editPath("person", keptId)}?saved=merged`);
}
