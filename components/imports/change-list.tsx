import type { Conflict, PackDiff } from "@/lib/import-review/diff";
import { choiceName } from "@/lib/validation/import-review";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "(none)" : String(v));
const CHANGE: Record<string, string> = { added: "New", removed: "Removed", changed: "Changed" };

/** What accepting would change in the stored meeting, field by field (nothing written yet). */
export function ChangeList({ diff }: { diff: PackDiff }) {
  if (!diff.changes.length) return <p>This document matches what is stored: accepting changes nothing.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Changes the revised document would make</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">Record</th>
            <th scope="col" className="p-2">Change</th>
            <th scope="col" className="p-2">Field</th>
            <th scope="col" className="p-2">Stored now</th>
            <th scope="col" className="p-2">In this document</th>
          </tr>
        </thead>
        <tbody>
          {diff.changes.flatMap((c, i) =>
            c.fields.map((f, j) => (
              <tr key={`${i}-${j}`} className="border-b border-rule align-top">
                <td className="p-2">{j === 0 ? c.label : ""}</td>
                <td className="p-2">
                  {CHANGE[c.change]}
                  {c.keptBecauseEdited ? " (kept: a clerk edited it)" : ""}
                </td>
                <td className="p-2">{f.label}{f.clerkEdited ? " (clerk-edited)" : ""}</td>
                <td className="p-2">{c.change === "added" ? "" : show(f.from)}</td>
                <td className="p-2">{c.change === "removed" ? "" : show(f.to)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** One choice per clerk-edited field the document would change; keeping the clerk's value is the default. */
export function ConflictChoices({ conflicts }: { conflicts: Conflict[] }) {
  if (!conflicts.length) return null;
  return (
    <div className="mt-4">
      <h3 className="text-lg font-bold">Clerk edits this document would overwrite ({conflicts.length})</h3>
      <p>A clerk changed these by hand since the last import. Choose which value to keep for each; nothing is overwritten unless you choose it.</p>
      {conflicts.map((c, i) => (
        <fieldset key={c.id} className="mt-3 border border-rule p-3">
          <legend className="px-1 font-bold">{c.label}</legend>
          <div className="flex items-start gap-2">
            <input type="radio" id={`conflict-${i}-keep`} name={choiceName(c.id)} value="keep" defaultChecked className="mt-1.5 h-4 w-4" />
            <label htmlFor={`conflict-${i}-keep`}>Keep the clerk&apos;s value: <strong>{show(c.clerkValue)}</strong></label>
          </div>
          <div className="mt-1 flex items-start gap-2">
            <input type="radio" id={`conflict-${i}-document`} name={choiceName(c.id)} value="document" className="mt-1.5 h-4 w-4" />
            <label htmlFor={`conflict-${i}-document`}>Take the document&apos;s value: <strong>{show(c.documentValue)}</strong></label>
          </div>
        </fieldset>
      ))}
    </div>
  );
}
