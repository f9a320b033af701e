/**
 * Errors of the open-data API as RFC 9457 problem details (application/problem+json): a status, a
 * short title, and a detail saying what to change. Thrown by handlers, answered by lib/api/handler.ts.
 */
import type { ZodError } from "zod";
import type { ProblemBody } from "./schemas/common";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: { parameter: string; message: string }[],
  ) {
    super(detail);
  }

  body(instance: string): ProblemBody {
    return { type: "about:blank", title: this.title, status: this.status, detail: this.detail, instance, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

/** A 400 naming each bad parameter and what it must be. */
export function badParameters(error: ZodError): ApiError {
  const errors = error.issues.map((i) => ({ parameter: i.path.join(".") || "(query)", message: i.message }));
  return new ApiError(400, "Bad request", errors.map((e) => `${e.parameter} ${e.message}`).join("; "), errors);
}

export function notFound(what: string): ApiError {
  return new ApiError(404, "Not found", `There is no published ${what}.`);
}
