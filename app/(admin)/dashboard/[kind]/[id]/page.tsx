import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/dashboard/action-button";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { RecordForm } from "@/components/dashboard/record-form";
import { PublicationTag, SavedBanner } from "@/components/dashboard/saved-banner";
import { ancestorsOf, childListsOf, formFields, formValues, publicPathOf } from "@/lib/mutations/dashboard-reads";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import { loadRecord } from "@/lib/mutations/records";
import { moveRecordAction, saveRecord } from "../../actions";
import { clerkOrSignIn, mayEditCommittee } from "../../session";

type Props = { params: Promise<{ kind: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  return { title: isRecordKind(kind) ? `Edit ${recordType(kind).label}` : "Not found" };
}

export default async function RecordPage({ params, searchParams }: Props) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d+$/.test(id)) notFound();
  const user = await clerkOrSignIn(`/dashboard/${kind}/${id}`);
  const rec = await loadRecord(kind, Number(id));
  if (!rec) notFound();
  const { type, row } = rec;
  const ancestors = await ancestorsOf(type, row, null);
  if (!mayEditCommittee(user, rec.committeeId)) {
    return (
      <div>
        <DashboardCrumbs ancestors={[]} current={type.title(row)} />
        <h1 className="text-3xl font-bold">You cannot edit this {type.label}</h1>
        <p className="mt-4">It belongs to a committee you are not a clerk for. Ask an administrator if you need access.</p>
      </div>
    );
  }
  const fields = await formFields(type, { committeeId: rec.committeeId, parentId: null, row }, undefined);
  const children = await childListsOf(type, row);
  const publicPath = await publicPathOf(type, row);
  const { saved } = await searchParams;
  const publication = typeof row.publication === "string" ? row.publication : undefined;
  return (
    <div>
      <DashboardCrumbs ancestors={ancestors} current={type.title(row)} />
      <SavedBanner saved={saved} />
      <p className="text-lg text-muted capitalize">{type.label}</p>
      <h1 className="mb-4 text-3xl font-bold break-words">{type.title(row)}</h1>

      <div className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-y border-rule py-3">
        {type.publishable && (
          <p>
            <PublicationTag publication={publication} />{" "}
            <Link prefetch={false} href={`/dashboard/${kind}/${row.id}/publish`}>
              {publication === "published" ? "Unpublish" : "Publish"}<span className="sr-only"> this {type.label}</span>
            </Link>
          </p>
        )}
        <p><Link prefetch={false} href={`/dashboard/${kind}/${row.id}/history`}>History of changes<span className="sr-only"> to this {type.label}</span></Link></p>
        {publicPath && <p><Link prefetch={false} href={publicPath}>View on the public site</Link></p>}
        {type.deletable && <p><Link prefetch={false} href={`/dashboard/${kind}/${row.id}/delete`}>Remove<span className="sr-only"> this {type.label}</span></Link></p>}
      </div>

      <h2 className="mb-4 text-2xl font-bold">Details</h2>
      <RecordForm action={saveRecord} kind={kind} recordLabel={type.label} id={row.id} version={rec.version} fields={fields} values={formValues(rec.values)} submitLabel="Save changes" />

      {children.map((list) => (
        <section key={list.kind} id={`${list.kind}-list`} aria-labelledby={`${list.kind}-heading`} className="mt-12">
          <h2 id={`${list.kind}-heading`} className="text-2xl font-bold capitalize">{list.plural}</h2>
          <p className="mt-2"><Link prefetch={false} href={`/dashboard/${list.kind}/new?parent=${row.id}`}>Add {article(list.label)} {list.label}</Link></p>
          {list.rows.length === 0 ? <p className="mt-2">None yet.</p> : (
            <ol className="mt-3 divide-y divide-rule border-y border-rule">
              {list.rows.map((r, i) => (
                <li key={r.id} className="flex flex-wrap items-center gap-3 py-2">
                  <Link prefetch={false} href={`/dashboard/${list.kind}/${r.id}`} className="mr-auto break-words">{r.title || `(${list.label} ${r.id})`}</Link>
                  {r.publication && <PublicationTag publication={r.publication} />}
                  {list.ordered && i > 0 && (
                    <ActionButton action={moveRecordAction} fields={{ kind: list.kind, id: r.id, direction: "up", parentId: row.id }} label="Move up" tone="secondary" srSuffix={`: ${r.title}`} />
                  )}
                  {list.ordered && i < list.rows.length - 1 && (
                    <ActionButton action={moveRecordAction} fields={{ kind: list.kind, id: r.id, direction: "down", parentId: row.id }} label="Move down" tone="secondary" srSuffix={`: ${r.title}`} />
                  )}
                  {list.deletable && <Link prefetch={false} href={`/dashboard/${list.kind}/${r.id}/delete`}>Remove<span className="sr-only">: {r.title}</span></Link>}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
