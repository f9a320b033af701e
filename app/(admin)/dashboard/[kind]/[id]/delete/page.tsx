import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/dashboard/action-button";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { ancestorsOf } from "@/lib/mutations/dashboard-reads";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import { loadRecord } from "@/lib/mutations/records";
import { deleteRecordAction } from "../../../actions";
import { clerkOrSignIn, mayEditCommittee } from "../../../session";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "Remove" };

export default async function DeletePage({ params }: Props) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d+$/.test(id)) notFound();
  const user = await clerkOrSignIn(`/dashboard/${kind}/${id}/delete`);
  const rec = await loadRecord(kind, Number(id));
  const type = recordType(kind);
  if (!rec || !type.deletable || !mayEditCommittee(user, rec.committeeId)) notFound();
  const ancestors = await ancestorsOf(type, rec.row, null);
  return (
    <div className="max-w-2xl">
      <DashboardCrumbs ancestors={[...ancestors, { kind, id: rec.row.id, title: type.title(rec.row) }]} current="Remove" />
      <h1 className="text-3xl font-bold">Remove this {type.label}?</h1>
      <p className="mt-4 text-lg break-words">{type.title(rec.row)}</p>
      <p className="mt-4">It will be removed from the dashboard and the public site. Its history keeps a copy of what it said.</p>
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <ActionButton action={deleteRecordAction} fields={{ kind, id: rec.row.id, version: rec.version }} label={`Remove ${type.label}`} tone="warning" />
        <Link prefetch={false} href={`/dashboard/${kind}/${rec.row.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
