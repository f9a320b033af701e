import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type ActingUser, NotAuthorisedError, requireAdmin, requireClerk } from "./guards";
import { REQUEST_PATH_HEADER_NAME } from "@/lib/security/request-path";
import { safeRedirectPath } from "./redirect";


async function signInRedirect(): Promise<never> {
  const path = safeRedirectPath((await headers()).get(REQUEST_PATH_HEADER_NAME));
  redirect(`/login?next=${encodeURIComponent(path)}`);
}

/** For dashboard pages and layouts: the acting user, or a redirect to sign in (and back). */
export async function clerkOrSignIn(): Promise<ActingUser> {
  try {
    return await requireClerk();
  } catch (error) {
    if (error instanceof NotAuthorisedError) return signInRedirect();
    throw error;
  }
}

/** For admin-only pages: null when a signed-in clerk is not an admin (render a refusal). */
export async function adminOrNull(): Promise<(ActingUser & { role: "admin" }) | null> {
  await clerkOrSignIn();
  try {
    return await requireAdmin();
  } catch (error) {
    if (error instanceof NotAuthorisedError) return null;
    throw error;
  }
}
