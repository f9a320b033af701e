import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/imports/upload-form";
import { clerkForPage } from "@/lib/import-review/queries";
import { MAX_PACK_BYTES } from "@/lib/import/read-pack-file";

export const metadata: Metadata = { title: "Upload a document", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewImportPage() {
  await clerkForPage("/dashboard/imports/new");
  return (
    <>
      <p className="mb-4"><Link prefetch={false} href="/dashboard/imports">Imports</Link></p>
      <h1 className="mb-4 text-3xl font-bold">Upload an agenda pack or minutes</h1>
      <p className="mb-6 max-w-2xl">
        The importer reads the document and shows you what it found beside the lines it came from. You can correct it, then
        create the records as drafts; nothing is public until you publish the meeting from the dashboard.
      </p>
      <UploadForm maxMegabytes={MAX_PACK_BYTES / 1048576} />
    </>
  );
}
