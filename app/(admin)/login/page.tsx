import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { entraIdConfigured } from "@/lib/auth/config";
import { NotAuthorisedError, requireClerk } from "@/lib/auth/guards";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { signInWithEntraId } from "./actions";

export const metadata: Metadata = {
  title: "Sign in",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<{ next?: string | string[]; error?: string | string[]; "signed-out"?: string }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** next-auth sends failed Entra ID sign-ins here with ?error=…; say so without detail. */
const PROVIDER_ERRORS: Record<string, string> = {
  AccessDenied: "Your Microsoft account is not set up to use this site. Ask an administrator to add your email address.",
};

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeRedirectPath(first(params.next));
  try {
    await requireClerk();
    redirect(next);
  } catch (error) {
    if (!(error instanceof NotAuthorisedError)) throw error;
  }
  const providerError = first(params.error);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Sign in</h1>
      {params["signed-out"] && (
        <p role="status" className="mb-6 border-l-4 border-success bg-panel p-3">You have signed out.</p>
      )}
      {providerError && (
        <div role="alert" className="mb-6 border-4 border-danger p-4">
          <h2 className="mb-2 text-xl font-bold">There is a problem</h2>
          <p>{PROVIDER_ERRORS[providerError] ?? "Sign-in failed. Try again."}</p>
        </div>
      )}
      <p className="mb-6">For council clerks who publish committee papers. Members of the public do not need an account.</p>
      <LoginForm next={next} />
      {entraIdConfigured() && (
        <form action={signInWithEntraId} className="mt-8 border-t border-rule pt-6">
          <input type="hidden" name="next" value={next} />
          <h2 className="mb-2 text-xl font-bold">Council staff with a Microsoft account</h2>
          <button type="submit" className="border-2 border-ink bg-panel px-4 py-2 font-bold">Sign in with Microsoft</button>
        </form>
      )}
    </div>
  );
}
