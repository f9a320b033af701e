import type { Metadata } from "next";
import { clerkOrSignIn } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false, follow: false } };

/** Placeholder until the dashboard pages land (the dashboard branch owns this page). */
export default async function DashboardPage() {
  const user = await clerkOrSignIn();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Dashboard</h1>
      <p>You are signed in as {user.email} ({user.role === "admin" ? "administrator" : "clerk"}).</p>
    </>
  );
}
