"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { entraIdConfigured, signIn, signOut } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { INVALID_CREDENTIALS_MESSAGE, signInFormSchema, type SignInFormState } from "@/lib/validation/sign-in";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/** The sign-in form's server action: field errors, one message for any failed check, or a redirect. */
export async function signInWithPassword(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const next = safeRedirectPath(formData.get("next"));
  const parsed = signInFormSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  const email = String(formData.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { email, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: next });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CredentialsSignin) {
      const minutes = /^rate-limited:(\d+)$/.exec(error.code)?.[1];
      if (minutes) return { email, formError: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === "1" ? "" : "s"}.` };
      return { email, formError: INVALID_CREDENTIALS_MESSAGE };
    }
    if (error instanceof AuthError) return { email, formError: "Sign-in failed. Try again." };
    throw error;
  }
  return { email };
}

export async function signInWithEntraId(formData: FormData): Promise<void> {
  if (!entraIdConfigured()) return;
  await signIn("microsoft-entra-id", { redirectTo: safeRedirectPath(formData.get("next")) });
}

/** Sign out: the session row is revoked (lib/auth/config.ts events) and the cookie cleared. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signed-out=1" });
}
