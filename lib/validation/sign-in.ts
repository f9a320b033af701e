import { z } from "zod";
import type { FieldErrors } from "./field-errors";

export const signInFormSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(320, "Email address must be 320 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.com")),
  password: z.string().min(1, "Enter your password").max(200, "Password must be 200 characters or fewer"),
});

export interface SignInFormState {
  email?: string;
  fieldErrors?: FieldErrors;
  /** A failure that is not one field's: wrong credentials, too many attempts. */
  formError?: string;
}

/** The one message for an unknown email, a wrong password and a disabled account. */
export const INVALID_CREDENTIALS_MESSAGE = "Email address or password is incorrect";
