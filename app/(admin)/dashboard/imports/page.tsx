import type { Metadata } from "next";
import Link from "next/link";
import { clerkForPage, listReviewsForPage } from "@/lib/import-review/queries";

export const metadata: Metadata = { title: "Imports", robots: { index: false } };
export const dynamic = "force-dynamic";

const STATUS: Record<string, string> = { pending: "Waiting for review", accepted: "Created as drafts", discarded: "Discarded" };

export default async function ImportsPage() {
  const user = await clerkForPage("/dashboard/imports");
  const reviews = await listReviewsForPage(user);
  return (
    <>
      <h1 className="text-3xl font-bold">Imports</h1>
      <p className="mt-2">Upload an agenda pack or minutes, check what the importer read, correct it, then create the records as drafts.</p>
      <p className="mt-4"><Link prefetch={false} href="/dashboard/imports/new" className="inline-block bg-success px-4 py-2 font-bold text-white visited:text-white">Upload a document</Link></p>
      <p className="mt-4"><Link prefetch={false} href="/dashboard/imports/notes">Notes from stored imports</Link>: what the importer noticed in each stored pack, with source lines.</p>
      <h2 className="mt-8 text-2xl font-bold">Recent uploads</h2>
      {reviews.length === 0 ? (
        <p>No documents have been uploaded yet.</p>
      ) : (
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">Document</th>
              <th scope="col" className="p-2">Committee and date</th>
              <th scope="col" className="p-2">Issues</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => (
              <tr key={r.id} className="border-b border-rule">
                <td className="p-2"><Link prefetch={false} href={`/dashboard/imports/${r.id}`}>{r.fileName}</Link></td>
                <td className="p-2">{r.committee}, {r.date ?? "date not read"}</td>
                <td className="p-2">{r.issues}</td>
                <td className="p-2">{STATUS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
