import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminOnly } from "@/components/users/admin-only";
import { DisableForm, ResetPasswordForm, RoleForm } from "@/components/users/user-forms";
import { adminOrNull } from "@/lib/auth/page-guards";
import { getUserForAdmin, listCommitteeChoices } from "@/lib/queries/users";

export const metadata: Metadata = { title: "User", robots: { index: false, follow: false } };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await adminOrNull();
  if (!admin) return <AdminOnly />;
  const user = await getUserForAdmin(Number((await params).id));
  if (!user) notFound();
  const self = user.id === admin.id;
  return (
    <>
      <p className="mb-4"><Link prefetch={false} href="/dashboard/users">Back to users</Link></p>
      <h1 className="mb-2 text-3xl font-bold sm:text-4xl">{user.name}</h1>
      <p className="mb-8">
        {user.email}, {user.role === "admin" ? "administrator" : "clerk"}: <strong>{user.disabled ? "Disabled" : "Active"}</strong>
      </p>
      <RoleForm userId={user.id} version={user.version} role={user.role} committeeIds={user.committees.map((c) => c.id)} committees={await listCommitteeChoices()} />
      <div className="mt-10">
        <ResetPasswordForm userId={user.id} version={user.version} />
        {!self && <DisableForm userId={user.id} version={user.version} disabled={user.disabled} />}
      </div>
    </>
  );
}
