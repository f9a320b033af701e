import Link from "next/link";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { clerkOrSignIn } from "@/lib/auth/page-guards";

/**
 * The dashboard frame: who is signed in and the sign-out button. Each page and server action
 * still checks the user itself (a layout does not re-run on every navigation).
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await clerkOrSignIn();
  return (
    <div>
      <div className="-mx-4 -mt-8 mb-8 flex flex-wrap items-center justify-between gap-3 bg-brand px-4 py-3 text-white">
        <nav aria-label="Dashboard">
          <ul className="flex flex-wrap gap-x-5">
            <li><Link prefetch={false} href="/dashboard" className="font-bold text-white visited:text-white">Dashboard</Link></li>
            {user.role === "admin" && <li><Link prefetch={false} href="/dashboard/users" className="font-bold text-white visited:text-white">Users</Link></li>}
          </ul>
        </nav>
        <SignOutForm email={user.email} />
      </div>
      {children}
    </div>
  );
}
