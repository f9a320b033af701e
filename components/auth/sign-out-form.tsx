import { signOutAction } from "@/app/(admin)/login/actions";

/** A plain form button (works without JavaScript): revokes the session server-side and clears the cookie. */
export function SignOutForm({ email }: { email: string }) {
  return (
    <form action={signOutAction} className="flex flex-wrap items-center gap-3">
      <span>Signed in as <strong>{email}</strong></span>
      <button type="submit" className="border-2 border-white bg-transparent px-3 py-1 font-bold text-white hover:bg-white hover:text-brand-dark">
        Sign out
      </button>
    </form>
  );
}
