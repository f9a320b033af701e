import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { storedImportNotes } from "@/lib/import-review/stored-notes";
import { readerFlag } from "@/lib/text/reader-flags";
import { clerkOrSignIn } from "../../session";

export const metadata: Metadata = { title: "Notes from stored imports", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * What the importer noted about each stored pack, in its own words with source lines: for
 * clerks to check. Readers see at most the plain-words flag shown beside each note.
 */
export default async function StoredImportNotesPage() {
  const user = await clerkOrSignIn("/dashboard/imports/notes");
  const packs = await storedImportNotes(user.role === "admin" ? null : user.committeeIds);
  return (
    <>
      <p className="mb-4"><Link prefetch={false} href="/dashboard">Dashboard</Link> › <Link prefetch={false} href="/dashboard/imports">Imports</Link></p>
      <h1 className="text-3xl font-bold">Notes from stored imports</h1>
      <p className="mt-2 max-w-3xl">
        What the importer noticed while reading each stored agenda pack: misprints, totals that do not add up, rows it had
        to split. These notes are not shown on the public site; where a reader should know a fact is uncertain, the public
        page shows the plain-words flag given here instead.
      </p>
      {packs.length === 0 && <p className="mt-6">No stored import has notes.</p>}
      {packs.map(({ meeting, fileName, notes }) => (
        <section key={`${meeting.id}-${fileName}`} aria-labelledby={`notes-${meeting.id}-${fileName}`} className="mt-8">
          <h2 id={`notes-${meeting.id}-${fileName}`} className="text-2xl font-bold">
            {meeting.committee}, {formatDate(meeting.date)}
          </h2>
          <p className="text-muted">
            Pack file {fileName}. <Link prefetch={false} href={`/dashboard/meeting/${meeting.id}`}>Edit the meeting</Link>
            {" · "}<Link prefetch={false} href={`/meetings/${meeting.slug}`}>Public page</Link>
          </p>
          <ol className="mt-3 space-y-3">
            {notes.map((n, i) => {
              const flag = readerFlag(n.code);
              return (
                <li key={i} className="border-l-4 border-rule pl-3">
                  <p>
                    <strong className="capitalize">{n.severity}</strong>
                    {n.line !== null && <> at line {n.line}</>} ({n.code}): {n.message}
                  </p>
                  {n.resolution && <p className="text-sm">Clerk&rsquo;s note: {n.resolution}</p>}
                  <p className="text-sm text-muted">{flag ? <>Readers see: &ldquo;{flag}&rdquo;</> : "Not shown to readers."}</p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
