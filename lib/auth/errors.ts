/**
 * The guard types, without `server-only`, so CLIs (scripts/) and mutations can share them.
 * lib/auth/guards.ts re-exports both.
 */
export class NotAuthorisedError extends Error {
  constructor(message = "You must be signed in as a clerk to do this.") {
    super(message);
    this.name = "NotAuthorisedError";
  }
}

/** Who is acting, as every mutation receives it. */
export interface ActingUser {
  id: number;
  email: string;
  role: "clerk" | "admin";
  /** Committees a limited clerk may edit; null means every committee. */
  committeeIds: number[] | null;
}
