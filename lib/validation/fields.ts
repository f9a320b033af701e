/**
 * Form-field primitives for the clerk forms: every value arrives from FormData as a string
 * (or is absent), so each primitive trims, turns blanks into null and gives a message a clerk
 * can act on.
 */
import { z } from "zod";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v ?? null);

export const requiredText = (label: string, max = 500) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: `Enter ${label}` }).min(1, `Enter ${label}`).max(max, `${capitalise(label)} must be ${max} characters or fewer`),
  );

export const optionalText = (label: string, max = 2000) =>
  z.preprocess(blankToNull, z.string().max(max, `${capitalise(label)} must be ${max} characters or fewer`).nullable());

/** Long text (report bodies, minute narratives) keeps its inner line breaks. */
export const optionalLongText = (label: string, max = 200_000) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.replace(/\r\n/g, "\n").trim()) : v ?? null),
    z.string().max(max, `${capitalise(label)} is too long`).nullable(),
  );

export const requiredLongText = (label: string, max = 200_000) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n").trim() : v),
    z.string({ error: `Enter ${label}` }).min(1, `Enter ${label}`).max(max, `${capitalise(label)} is too long`),
  );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const requiredDate = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: `Enter ${label}` }).min(1, `Enter ${label}`).refine((s) => ISO_DATE.test(s) && isRealDate(s), `${capitalise(label)} must be a real date, like 2026-03-04`),
  );

export const optionalDate = (label: string) =>
  z.preprocess(blankToNull, z.string().refine((s) => ISO_DATE.test(s) && isRealDate(s), `${capitalise(label)} must be a real date, like 2026-03-04`).nullable());

export const optionalTime = (label: string) =>
  z.preprocess(blankToNull, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${capitalise(label)} must be a time like 14:00`).nullable());

export const optionalWholeNumber = (label: string, min = 0, max = 100_000) =>
  z.preprocess(
    (v) => { const t = blankToNull(v); return typeof t === "string" ? Number(t) : t; },
    z.number({ error: `${capitalise(label)} must be a whole number` }).int(`${capitalise(label)} must be a whole number`).min(min, `${capitalise(label)} must be ${min} or more`).max(max, `${capitalise(label)} must be ${max} or fewer`).nullable(),
  );

export const optionalAmount = (label: string) =>
  z.preprocess(
    (v) => { const t = blankToNull(v); return typeof t === "string" ? Number(t.replace(/[£,\s]/g, "")) : t; },
    z.number({ error: `${capitalise(label)} must be a number, like 1500 or -300.5` }).finite(`${capitalise(label)} must be a number`).nullable(),
  );

export const requiredAmount = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.replace(/[£,\s]/g, ""))) : v),
    z.number({ error: `Enter ${label} as a number, like 1500` }).finite(`${capitalise(label)} must be a number`),
  );

/** An unticked checkbox is absent from FormData; a hidden field may send "false". */
export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true" || v === "yes" || v === "1", z.boolean());

/** A yes / no / not recorded choice. */
export const optionalYesNo = (label: string) =>
  z.preprocess(
    (v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : v === "" || v == null ? null : v),
    z.boolean({ error: `Choose whether ${label}` }).nullable(),
  );

export const choice = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.enum(values, { error: `Choose ${label}` }));

export const optionalChoice = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.preprocess(blankToNull, z.enum(values, { error: `Choose ${label}` }).nullable());

export const optionalEmail = (label: string) =>
  z.preprocess(blankToNull, z.string().email(`${capitalise(label)} must be an email address, like name@example.gov.uk`).max(320).nullable());

export const requiredId = (label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.number({ error: `Choose ${label}` }).int().positive(`Choose ${label}`));

export const optionalId = (label: string) =>
  z.preprocess((v) => { const t = blankToNull(v); return typeof t === "string" ? Number(t) : t; }, z.number({ error: `Choose ${label}` }).int().positive().nullable());

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Field errors keyed by field name, first message only (what the form shows beside each field). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
