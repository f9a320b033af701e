import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { sourceLines } from "@/lib/import-review/records";
import { clerkForPage, getReviewForPage } from "@/lib/import-review/queries";

export const metadata: Metadata = { title: "Source of an uploaded document", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The whole document as the importer read it, one anchor per line (#L120), issues marked where they occur. */
export default async function ReviewSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await clerkForPage(`/dashboard/imports/${id}/source`);
  const data = /^\d+$/.test(id) ? await getReviewForPage(user, Number(id)) : null;
  if (!data) notFound();
  const lines = sourceLines(data.text);
  const issues = new Map<number, string[]>();
  for (const i of data.pack.issues) if (i.line !== null) issues.set(i.line, [...(issues.get(i.line) ?? []), i.message]);
  return (
    <>
      <p className="mb-4"><Link prefetch={false} href={`/dashboard/imports/${data.id}`}>Back to the review of {data.fileName}</Link></p>
      <h1 className="mb-2 text-3xl font-bold">Source: {data.fileName}</h1>
      <p className="mb-4">{lines.length} lines{data.mediaType === "application/pdf" ? ", as read from the PDF's text layer" : ""}. Lines with an importer issue are marked.</p>
      <ol className="overflow-x-auto border border-rule font-mono text-xs leading-5">
        {lines.map((text, i) => {
          const n = i + 1;
          const here = issues.get(n);
          return (
            <li key={n} id={`L${n}`} className={`flex scroll-mt-4 target:bg-focus ${here ? "bg-panel" : ""}`}>
              <a href={`#L${n}`} className="w-14 shrink-0 pr-2 text-right text-muted no-underline select-none" aria-label={`Line ${n}`}>{n}</a>
              <span className="min-w-0 whitespace-pre-wrap break-words">
                {text || " "}
                {here?.map((msg, k) => <span key={k} className="block border-l-4 border-warning pl-2 font-sans">Issue: {msg}</span>)}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
