import type { Metadata } from "next";
import Link from "next/link";
import { PublicationTag, SavedBanner } from "@/components/dashboard/saved-banner";
import { dashboardOverview } from "@/lib/mutations/dashboard-reads";
import { formatDate } from "@/lib/format";
import { clerkOrSignIn } from "./session";

export const metadata: Metadata = { title: "Committees and meetings" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await clerkOrSignIn("/dashboard");
  const committees = await dashboardOverview(user.role === "admin" ? null : user.committeeIds);
  const { saved } = await searchParams;
  return (
    <div>
      <SavedBanner saved={saved} />
      <h1 className="text-3xl font-bold">Committees and meetings</h1>
      <p className="mt-2 text-muted">Signed in as {user.email}{user.role === "admin" ? " (administrator)" : ""}.</p>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {user.role === "admin" && <li><Link prefetch={false} href="/dashboard/committee/new">Add a committee</Link></li>}
        {user.role === "admin" && <li><Link prefetch={false} href="/dashboard/merge-people">Merge two records of the same person</Link></li>}
      </ul>
      {committees.length === 0 && <p className="mt-6">There are no committees you can edit yet.</p>}
      {committees.map((c) => (
        <section key={c.id} aria-labelledby={`committee-${c.id}`} className="mt-10">
          <h2 id={`committee-${c.id}`} className="text-2xl font-bold">
            <Link prefetch={false} href={`/dashboard/committee/${c.id}`}>{c.name}</Link> <PublicationTag publication={c.publication} />
          </h2>
          <p className="mt-1"><Link prefetch={false} href={`/dashboard/meeting/new?parent=${c.id}`}>Add a meeting<span className="sr-only"> to the {c.name}</span></Link></p>
          {c.meetings.length === 0 ? <p className="mt-2">No meetings yet.</p> : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left">
                <caption className="sr-only">Meetings of the {c.name}</caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-2 pr-4">Meeting</th>
                    <th scope="col" className="py-2 pr-4">Status</th>
                    <th scope="col" className="py-2 pr-4">On the public site</th>
                    <th scope="col" className="py-2 pr-4">Reports</th>
                    <th scope="col" className="py-2 pr-4">Minutes</th>
                    <th scope="col" className="py-2">Import issues to check</th>
                  </tr>
                </thead>
                <tbody>
                  {c.meetings.map((m) => (
                    <tr key={m.id} className="border-b border-rule align-top">
                      <th scope="row" className="py-2 pr-4 font-normal"><Link prefetch={false} href={`/dashboard/meeting/${m.id}`}>{formatDate(m.date)}</Link></th>
                      <td className="py-2 pr-4 capitalize">{m.status}</td>
                      <td className="py-2 pr-4"><PublicationTag publication={m.publication} /></td>
                      <td className="py-2 pr-4">{m.reports}{m.draftReports ? ` (${m.draftReports} draft)` : ""}</td>
                      <td className="py-2 pr-4">{m.minutes === "none" ? "None" : <PublicationTag publication={m.minutes} />}</td>
                      <td className="py-2">{m.openIssues ? <Link prefetch={false} href="/dashboard/imports/notes">{m.openIssues} to check</Link> : "None"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
