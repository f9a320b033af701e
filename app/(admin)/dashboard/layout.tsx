import type { Metadata } from "next";
import Link from "next/link";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { ServiceDegraded } from "@/components/ui/service-degraded";
import { clerkOrSignIn } from "@/lib/auth/page-guards";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export const metadata: Metadata = {
  title: { default: "Dashboard", template: "%s | Dashboard" },
  robots: { index: false, follow: false },
};

// Clerk pages show drafts and who is signed in: never prerendered, never cached.
export const dynamic = "force-dynamic";
export const fetchCache = "force-no-store";

/**
 * The dashboard frame: who is signed in, the sign-out button and the sections. Each page and
 * server action still checks the user itself (a layout does not re-run on every navigation).
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  let user;
  try {
    user = await clerkOrSignIn();
  } catch (error) {
    // The session check is the dashboard's first database read: with the database out of reach,
    // say so instead of a 500 (the pages below are not rendered at all).
    if (isDatabaseUnavailable(error)) return <ServiceDegraded what="The dashboard" />;
    throw error;
  }
  const link = "font-bold text-white visited:text-white";
  return (
    <div>
      <div className="-mx-4 -mt-8 mb-8 flex flex-wrap items-center justify-between gap-3 bg-brand px-4 py-3 text-white">
        <nav aria-label="Dashboard">
          <ul className="flex flex-wrap gap-x-5">
            <li><Link prefetch={false} href="/dashboard" className={link}>Committees and meetings</Link></li>
            <li><Link prefetch={false} href="/dashboard/person" className={link}>People</Link></li>
            <li><Link prefetch={false} href="/dashboard/outside_body" className={link}>Outside bodies</Link></li>
            <li><Link prefetch={false} href="/dashboard/imports" className={link}>Imports</Link></li>
            {user.role === "admin" && <li><Link prefetch={false} href="/dashboard/users" className={link}>Users</Link></li>}
          </ul>
        </nav>
        <SignOutForm email={user.email} />
      </div>
      {children}
    </div>
  );
}
