import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const ROLES = ["clerk", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(320, "Email address must be 320 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.com"));

export const roleField = z.enum(ROLES, { error: "Select a role" });

/** Form checkboxes arrive as strings: ids of committees a clerk is limited to (none = all). */
export const committeeIdsField = z.array(z.coerce.number().int().positive()).max(500).default([]);

const idField = z.coerce.number({ error: "Choose a user" }).int().positive("Choose a user");
const versionField = z.coerce.number().int().positive();

export const createUserSchema = z.object({
  email: emailField,
  name: z.string().trim().min(1, "Enter the person’s name").max(200, "Name must be 200 characters or fewer"),
  role: roleField,
  committeeIds: committeeIdsField,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const userVersionSchema = z.object({ userId: idField, version: versionField });
export type UserVersionInput = z.input<typeof userVersionSchema>;

export const setRoleSchema = z.object({ userId: idField, version: versionField, role: roleField, committeeIds: committeeIdsField });
export type SetRoleInput = z.input<typeof setRoleSchema>;

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`);

/** What a users-page form gets back from its server action. */
export interface UserFormState {
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** A confirmation to show ("… has been added."). */
  message?: string;
  /** A generated password: shown once, in this response only. */
  password?: string;
  userId?: number;
  /** The submitted values, to refill the form after an error. */
  values?: Record<string, unknown>;
}
