import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/dashboard/action-button";
import { DashboardCrumbs } from "@/components/dashboard/dashboard-crumbs";
import { ancestorsOf, historyOf } from "@/lib/mutations/dashboard-reads";
import { isRecordKind, recordType } from "@/lib/mutations/record-types";
import { loadRecord } from "@/lib/mutations/records";
import { restoreRecordAction } from "../../../actions";
import { clerkOrSignIn, mayEditCommittee } from "../../../session";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "History of changes" };

const ACTIONS: Record<string, string> = {
  create: "Added", update: "Edited", delete: "Removed", publish: "Published", unpublish: "Unpublished", restore: "Restored an earlier version", reorder: "Moved", merge: "Merged",
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "(empty)";
  const s = typeof v === "boolean" ? (v ? "Yes" : "No") : typeof v === "object" ? JSON.stringify(v) : String(v);
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" }).format(d);
}

export default async function HistoryPage({ params }: Props) {
  const { kind, id } = await params;
  if (!isRecordKind(kind) || !/^\d+$/.test(id)) notFound();
  const user = await clerkOrSignIn(`/dashboard/${kind}/${id}/history`);
  const rec = await loadRecord(kind, Number(id));
  if (!rec) notFound();
  const type = recordType(kind);
  if (!mayEditCommittee(user, rec.committeeId)) notFound();
  const history = await historyOf(kind, rec.row.id);
  const ancestors = await ancestorsOf(type, rec.row, null);
  const labels = Object.fromEntries(type.fields.map((f) => [f.name, f.label]));
  const currentVersion = typeof rec.row.version === "number" ? rec.row.version : null;
  return (
    <div>
      <DashboardCrumbs ancestors={[...ancestors, { kind, id: rec.row.id, title: type.title(rec.row) }]} current="History" />
      <h1 className="text-3xl font-bold">History of changes</h1>
      <p className="mt-2 text-lg">{type.title(rec.row)}</p>
      {history.length === 0 ? <p className="mt-6">No changes have been made on the dashboard since it was imported.</p> : (
        <ol className="mt-6 space-y-6">
          {history.map((h) => (
            <li key={h.id} className="border-l-4 border-rule pl-4">
              <h2 className="text-lg font-bold">
                {ACTIONS[h.action] ?? h.action}{h.version !== null ? ` (version ${h.version})` : ""}
              </h2>
              <p className="text-muted">{when(h.at)} by {h.who}</p>
              {h.changes.length > 0 && (
                <table className="mt-2 w-full text-left">
                  <caption className="sr-only">Fields changed</caption>
                  <thead><tr className="border-b-2 border-ink"><th scope="col" className="pr-4">Field</th><th scope="col" className="pr-4">Before</th><th scope="col">After</th></tr></thead>
                  <tbody>
                    {h.changes.map((c) => (
                      <tr key={c.field} className="border-b border-rule align-top">
                        <th scope="row" className="pr-4 font-normal">{labels[c.field] ?? c.field}</th>
                        <td className="pr-4 break-words whitespace-pre-wrap"><del className="no-underline">{show(c.from)}</del></td>
                        <td className="break-words whitespace-pre-wrap"><ins className="no-underline">{show(c.to)}</ins></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {type.restorable && h.after && h.version !== null && h.version !== currentVersion && h.action !== "delete" && (
                <ActionButton action={restoreRecordAction} fields={{ kind, id: rec.row.id, auditId: h.id, version: rec.version }} label={`Restore version ${h.version}`} tone="secondary" className="mt-3" />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
