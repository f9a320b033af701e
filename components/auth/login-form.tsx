"use client";

import { useActionState } from "react";
import { signInWithPassword } from "@/app/(admin)/login/actions";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import type { SignInFormState } from "@/lib/validation/sign-in";

/** Works without JavaScript: the server action runs on a plain form POST and the page re-renders with its state. */
export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(signInWithPassword, {});
  const errors: SummaryError[] = [
    ...Object.entries(state.fieldErrors ?? {}).map(([field, message]) => ({ href: field, message })),
    ...(state.formError ? [{ href: "email", message: state.formError }] : []),
  ];
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email address"
        hint="The address your council account was set up with"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.email ?? ""}
        key={`email-${state.email ?? ""}`}
        error={state.fieldErrors?.email ?? state.formError}
      />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" error={state.fieldErrors?.password} />
      <button type="submit" disabled={pending} className="border-2 border-success bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]">
        Sign in
      </button>
    </form>
  );
}
