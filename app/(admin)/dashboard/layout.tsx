import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: { default: "Dashboard", template: "%s | Dashboard" },
  robots: { index: false, follow: false },
};

// Clerk pages show drafts and who is signed in: never prerendered, never cached.
export const dynamic = "force-dynamic";
export const fetchCache = "force-no-store";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return (
    <div>
      <nav aria-label="Dashboard" className="mb-6 border-b-4 border-brand pb-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 font-bold">
          <li><Link prefetch={false} href="/dashboard">Committees and meetings</Link></li>
          <li><Link prefetch={false} href="/dashboard/person">People</Link></li>
          <li><Link prefetch={false} href="/dashboard/outside_body">Outside bodies</Link></li>
          <li><Link prefetch={false} href="/dashboard/imports">Imports</Link></li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
