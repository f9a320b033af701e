import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { PublicationTag } from "@/components/dashboard/saved-banner";
import { listTopLevel } from "@/lib/mutations/dashboard-reads";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import { clerkOrSignIn } from "../session";

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  return { title: isRecordKind(kind) ? recordType(kind).plural.replace(/^./, (c) => c.toUpperCase()) : "Not found" };
}

export default async function RecordIndexPage({ params }: Props) {
  const { kind } = await params;
  if (!isRecordKind(kind) || !recordType(kind).topLevel) notFound();
  const type = recordType(kind);
  const user = await clerkOrSignIn(`/dashboard/${kind}`);
  const rows = await listTopLevel(kind);
  const title = type.plural.replace(/^./, (c) => c.toUpperCase());
  return (
    <div>
      <DashboardCrumbs ancestors={[]} current={title} />
      <h1 className="text-3xl font-bold">{title}</h1>
      <ul className="mt-4 flex flex-wrap gap-x-6">
        {(!type.adminOnly?.includes("create") || user.role === "admin") && <li><Link prefetch={false} href={`/dashboard/${kind}/new`}>Add {/^[aeiou]/i.test(type.label) ? "an" : "a"} {type.label}</Link></li>}
        {kind === "person" && user.role === "admin" && <li><Link prefetch={false} href="/dashboard/merge-people">Merge two records of the same person</Link></li>}
      </ul>
      <ul className="mt-6 divide-y divide-rule border-y border-rule">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 py-2">
            <Link prefetch={false} href={`/dashboard/${kind}/${r.id}`} className="mr-auto">{type.title(r)}</Link>
            <PublicationTag publication={typeof r.publication === "string" ? r.publication : undefined} />
          </li>
        ))}
      </ul>
    </div>
  );
}
