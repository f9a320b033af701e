import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewActionForm } from "@/components/imports/action-form";
import { ChangeList, ConflictChoices } from "@/components/imports/change-list";
import { ReviewRecords } from "@/components/imports/review-view";
import { clerkForPage, getReviewForPage } from "@/lib/import-review/queries";
import { acceptReviewAction, discardReviewAction, saveCorrectionsAction } from "../actions";

export const metadata: Metadata = { title: "Review an import", robots: { index: false } };
export const dynamic = "force-dynamic";

type Search = { saved?: string; accepted?: string; discarded?: string };

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const search = await searchParams;
  const user = await clerkForPage(`/dashboard/imports/${id}`);
  const data = /^\d+$/.test(id) ? await getReviewForPage(user, Number(id)) : null;
  if (!data) notFound();
  const { pack, plan } = data;
  const saved = /^(\d+)-(\d+)$/.exec(search.saved ?? "");
  const lineCount = pack.source.lines;

  return (
    <>
      <p className="mb-4"><Link prefetch={false} href="/dashboard/imports">Imports</Link></p>
      <h1 className="text-3xl font-bold">Review: {data.fileName}</h1>
      <p className="mt-2">
        {data.mediaType === "application/pdf" ? "PDF" : "Text file"} uploaded {data.createdAt.slice(0, 16).replace("T", " ")} UTC
        {data.createdBy ? ` by ${data.createdBy}` : ""}. <Link prefetch={false} href={`/dashboard/imports/${data.id}/source`}>View the whole source ({lineCount} numbered lines)</Link>
      </p>

      <div role="status" className="mt-4">
        {saved && (
          <p className="border-l-4 border-success bg-panel p-3">
            Saved {saved[1]} correction{saved[1] === "1" ? "" : "s"} and {saved[2]} issue decision{saved[2] === "1" ? "" : "s"}. Nothing has been published.
          </p>
        )}
        {data.status === "discarded" && <p className="border-l-4 border-rule bg-panel p-3">This document was discarded{data.decidedAt ? ` on ${data.decidedAt.slice(0, 10)}` : ""}. No records were created from it.</p>}
      </div>

      {data.status === "accepted" && data.meeting && (
        <section aria-labelledby="h-created" className="mt-4 border-4 border-success p-4">
          <h2 id="h-created" className="text-2xl font-bold">Created as draft records</h2>
          <p className="mt-2">
            {data.meeting.committee}, {data.meeting.meetingDate}:{" "}
            <strong>{data.meeting.publication === "draft" ? "draft, not public" : "published"}</strong>.
          </p>
          <p className="mt-2">
            <Link prefetch={false} href={`/dashboard/meeting/${data.meeting.id}`}>Open the draft meeting in the dashboard</Link> to check it and publish it.
            Until then its public page (/meetings/{data.meeting.slug}) does not exist.
          </p>
        </section>
      )}

      {data.status === "pending" && (
        <p className="mt-4 max-w-3xl">
          Check each record against its source lines. Correct what the importer got wrong and decide each issue, then{" "}
          <a href="#corrections-save">save your corrections</a>. When it is right, <a href="#h-accept">create the records as drafts</a>.
        </p>
      )}

      <div className="mt-6">
        {data.status === "pending" ? (
          <ReviewActionForm action={saveCorrectionsAction} reviewId={data.id} version={data.version} label="Save corrections" pendingLabel="Saving…" tone="secondary" errorTitle="Your corrections were not saved" id="corrections-save">
            <ReviewRecords data={data} />
          </ReviewActionForm>
        ) : (
          <ReviewRecords data={data} />
        )}
      </div>

      {data.status === "pending" && plan && (
        <>
          <section aria-labelledby="h-accept" className="mt-10 border-t-4 border-ink pt-6">
            <h2 id="h-accept" className="text-2xl font-bold">Create the records as drafts</h2>
            {plan.existing ? (
              <>
                <p className="mt-2">
                  This meeting is already stored ({plan.existing.publication === "draft" ? "as a draft" : "and published"}). Accepting updates it with this
                  document. These are the changes, field by field; nothing has been written yet.
                </p>
                <ChangeList diff={plan.diff!} />
              </>
            ) : (
              <p className="mt-2">
                This creates a new draft meeting of{" "}
                <strong>{plan.committee.kind === "match" ? plan.committee.name : `${plan.committee.name} (a new committee, also a draft)`}</strong> on{" "}
                <strong>{pack.meeting.date ?? "a date you must enter above"}</strong>, with everything listed above. Nothing is public until you publish it from the dashboard.
              </p>
            )}
            <ReviewActionForm action={acceptReviewAction} reviewId={data.id} version={data.version} label="Create records as drafts" pendingLabel="Creating…" errorTitle="The records were not created">
              {plan.diff && <ConflictChoices conflicts={plan.diff.conflicts} />}
            </ReviewActionForm>
          </section>
          <section aria-labelledby="h-discard" className="mt-10">
            <h2 id="h-discard" className="text-2xl font-bold">Discard this document</h2>
            <p className="mt-2">Discarding keeps a note that it was uploaded, but creates no records.</p>
            <ReviewActionForm action={discardReviewAction} reviewId={data.id} version={data.version} label="Discard this document" pendingLabel="Discarding…" tone="danger" errorTitle="The document was not discarded" />
          </section>
        </>
      )}
    </>
  );
}
