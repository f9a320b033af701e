import { editableField, formValue, getAtPath, OUTCOMES } from "@/lib/import-review/editable-fields";
import type { ReviewedPack } from "@/lib/import-review/review-state";
import { fieldId, fieldName } from "@/lib/validation/import-review";

const input = "mt-1 block w-full border-2 border-ink p-1.5";

/** One correctable value of the importer's reading, with its label, and a note when the clerk changed it. */
export function ReviewField({
  pack, path, label, corrected, wide = false, committees, readOnly = false,
}: { pack: ReviewedPack; path: string; label?: string; corrected: Set<string>; wide?: boolean; committees?: string[]; readOnly?: boolean }) {
  const field = editableField(path);
  if (!field) return null;
  const value = formValue(getAtPath(pack, path));
  const id = fieldId(path);
  const name = fieldName(path);
  const shown = label ?? field.label;
  if (readOnly) {
    return (
      <div className={wide ? "sm:col-span-2" : ""}>
        <p className="font-bold">{shown}{corrected.has(path) && <span className="ml-2 bg-focus px-1 text-sm font-normal">corrected</span>}</p>
        <p>{value || "(none)"}</p>
      </div>
    );
  }
  let control: React.ReactNode;
  if (field.kind === "outcome") {
    control = (
      <select id={id} name={name} defaultValue={value} className={input}>
        <option value="">Not stated</option>
        {OUTCOMES.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  } else if (field.kind === "agenda-ref") {
    control = (
      <select id={id} name={name} defaultValue={value} className={input}>
        <option value="">No agenda item</option>
        {pack.agendaItems.map((i) => <option key={i.number} value={i.number}>{i.number}. {i.title.slice(0, 80)}</option>)}
      </select>
    );
  } else if (wide) {
    control = <textarea id={id} name={name} defaultValue={value} rows={4} className={input} />;
  } else {
    const type = field.kind === "date" ? "date" : field.kind === "time" ? "time" : field.kind === "count" || field.kind === "minute-number" ? "number" : "text";
    control = (
      <input
        id={id} name={name} type={type} defaultValue={value} className={input}
        min={type === "number" ? 0 : undefined} list={committees ? `${id}-list` : undefined}
        inputMode={type === "number" ? "numeric" : undefined}
      />
    );
  }
  return (
    <div className={wide ? "sm:col-span-2" : ""}>
      <label htmlFor={id} className="block font-bold">
        {shown}
        {corrected.has(path) && <span className="ml-2 bg-focus px-1 text-sm font-normal">corrected</span>}
      </label>
      {control}
      {committees && (
        <datalist id={`${id}-list`}>
          {committees.map((c) => <option key={c} value={c} />)}
        </datalist>
      )}
    </div>
  );
}

export function FieldGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid gap-4 sm:grid-cols-2">{children}</div>;
}
