import type { Metadata } from "next";
import Link from "next/link";
import { AdminOnly } from "@/components/users/admin-only";
import { CreateUserForm } from "@/components/users/user-forms";
import { adminOrNull } from "@/lib/auth/page-guards";
import { listCommitteeChoices } from "@/lib/queries/users";

export const metadata: Metadata = { title: "Add a user", robots: { index: false, follow: false } };

export default async function NewUserPage() {
  if (!(await adminOrNull())) return <AdminOnly />;
  return (
    <>
      <p className="mb-4"><Link prefetch={false} href="/dashboard/users">Back to users</Link></p>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Add a user</h1>
      <CreateUserForm committees={await listCommitteeChoices()} />
    </>
  );
}
