import type { Metadata } from "next";
import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { AdminOnly } from "@/components/users/admin-only";
import { formatDate } from "@/lib/format";
import { adminOrNull } from "@/lib/auth/page-guards";
import { listUsersForAdmin } from "@/lib/queries/users";

export const metadata: Metadata = { title: "Users", robots: { index: false, follow: false } };

export default async function UsersPage() {
  if (!(await adminOrNull())) return <AdminOnly />;
  const users = await listUsersForAdmin();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Users</h1>
      <p className="mb-6">
        <Link prefetch={false} href="/dashboard/users/new" className="inline-block border-2 border-success bg-success px-4 py-2 font-bold text-white no-underline visited:text-white">Add a user</Link>
      </p>
      <TableScroll label="Users table">
        <table className="w-full text-left">
          <caption className="sr-only">Everyone who can sign in, with their role and committees</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Email address</th>
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Committees</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Last signed in</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-rule align-top">
                <td className="py-2 pr-4"><Link prefetch={false} href={`/dashboard/users/${u.id}`}>{u.email}</Link></td>
                <td className="py-2 pr-4">{u.name}</td>
                <td className="py-2 pr-4">{u.role === "admin" ? "Administrator" : "Clerk"}</td>
                <td className="py-2 pr-4">{u.role === "admin" ? "All" : u.committees.length ? u.committees.map((c) => c.name).join(", ") : "All"}</td>
                <td className="py-2 pr-4">{u.disabled ? <strong>Disabled</strong> : "Active"}</td>
                <td className="py-2">{u.lastSignInAt ? formatDate(u.lastSignInAt.slice(0, 10)) : "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
