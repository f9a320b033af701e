import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { RecordForm } from "@/components/dashboard/record-form";
import { ancestorsOf, formFields } from "@/lib/mutations/dashboard-reads";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import { loadRecord } from "@/lib/mutations/records";
import { saveRecord } from "../../actions";
import { clerkOrSignIn, mayEditCommittee } from "../../session";

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<{ parent?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  return { title: isRecordKind(kind) ? `Add ${recordType(kind).label}` : "Not found" };
}

export default async function NewRecordPage({ params, searchParams }: Props) {
  const { kind } = await params;
  if (!isRecordKind(kind)) notFound();
  const type = recordType(kind);
  const { parent } = await searchParams;
  const user = await clerkOrSignIn(`/dashboard/${kind}/new${parent ? `?parent=${parent}` : ""}`);
  const parentId = parent && /^\d+$/.test(parent) ? Number(parent) : null;
  let committeeId: number | null = null;
  if (type.parent) {
    const p = parentId ? await loadRecord(type.parent.kind, parentId) : null;
    if (!p) notFound();
    committeeId = p.committeeId;
  }
  const refused = !type.creatable || (type.adminOnly?.includes("create") && user.role !== "admin") || (type.parent && !mayEditCommittee(user, committeeId));
  const ancestors = type.parent ? await ancestorsOf(type, null, parentId) : [];
  const title = `Add ${/^[aeiou]/i.test(type.label) ? "an" : "a"} ${type.label}`;
  if (refused) {
    return (
      <div>
        <DashboardCrumbs ancestors={ancestors} current={title} />
        <h1 className="text-3xl font-bold">You cannot add {type.plural} here</h1>
        <p className="mt-4">{type.adminOnly?.includes("create") ? "Only an administrator can do this." : "It belongs to a committee you are not a clerk for."}</p>
      </div>
    );
  }
  const fields = await formFields(type, { committeeId, parentId, row: null });
  return (
    <div>
      <DashboardCrumbs ancestors={ancestors} current={title} />
      <h1 className="mb-2 text-3xl font-bold">{title}</h1>
      {type.publishable && <p className="mb-6 text-muted">It will be a draft, hidden from the public, until you publish it.</p>}
      <RecordForm action={saveRecord} kind={kind} recordLabel={type.label} parentId={parentId ?? undefined} fields={fields} values={{}} submitLabel={`Add ${type.label}`} />
    </div>
  );
}
