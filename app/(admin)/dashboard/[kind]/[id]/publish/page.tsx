import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/dashboard/action-button";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { ancestorsOf } from "@/lib/mutations/dashboard-reads";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import { loadRecord } from "@/lib/mutations/records";
import { publishRecord } from "../../../actions";
import { clerkOrSignIn, mayEditCommittee } from "../../../session";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "Publish or unpublish" };

const WHAT_GOES_WITH: Record<string, string> = {
  meeting: "Its agenda, and the reports and minutes that are themselves published, appear with it.",
  minutes: "The attendance, minutes and the resolutions in them appear on the meeting's page.",
  committee: "Its page and its published meetings appear on the site.",
};

export default async function PublishPage({ params }: Props) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d+$/.test(id)) notFound();
  const user = await clerkOrSignIn(`/dashboard/${kind}/${id}/publish`);
  const rec = await loadRecord(kind, Number(id));
  const type = recordType(kind);
  if (!rec || !type.publishable || !mayEditCommittee(user, rec.committeeId)) notFound();
  const published = rec.row.publication === "published";
  const ancestors = await ancestorsOf(type, rec.row, null);
  const heading = published ? `Unpublish this ${type.label}?` : `Publish this ${type.label}?`;
  return (
    <div className="max-w-2xl">
      <DashboardCrumbs ancestors={[...ancestors, { kind, id: rec.row.id, title: type.title(rec.row) }]} current={published ? "Unpublish" : "Publish"} />
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-4 text-lg">{type.title(rec.row)}</p>
      <p className="mt-4">
        {published
          ? `It will be hidden from the public site straight away and kept here as a draft. Links to it will show "page not found" until it is published again.`
          : `It will appear on the public site within a few seconds. ${WHAT_GOES_WITH[kind] ?? ""}`}
      </p>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <ActionButton action={publishRecord} fields={{ kind, id: rec.row.id, version: rec.version, publication: published ? "draft" : "published" }} label={published ? `Unpublish ${type.label}` : `Publish ${type.label}`} tone={published ? "warning" : "primary"} />
        <Link prefetch={false} href={`/dashboard/${kind}/${rec.row.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
