/**
 * Reports whose header has no "Purpose:" or "Recommendation(s):" field put them in numbered
 * sections of the body ("1. Purpose of the report", "2. Recommendation(s)"), and may give the
 * contact officer at the foot ("Contact officer: Name, Post" / "Tel: … Email: …").
 */
import type { Contact, Labelled } from "./contract";
import { recommendationItem } from "./report-header";
import { isBlank, type Line } from "./source-lines";
import { clean } from "./text";

const TOP_SECTION = /^\s*(\d{1,2})\.?\s+([A-Z][A-Za-z ,()'’&/-]{2,80})\s*$/;
const PURPOSE_SECTION = /^(?:purpose(?:\s+of\s+(?:the|this)\s+report)?|summary|executive\s+summary|reasons?\s+for\s+(?:the\s+)?report)$/i;
const RECOMMENDATIONS_SECTION = /^recommendations?(?:\s*\(s\))?$/i;

interface Section { title: string; lines: Line[] }

function sections(lines: Line[]): Section[] {
  const out: Section[] = [];
  for (const l of lines) {
    const m = TOP_SECTION.exec(l.text);
    if (m) { out.push({ title: clean(m[2]), lines: [] }); continue; }
    out[out.length - 1]?.lines.push(l);
  }
  return out;
}

/** Paragraphs of a section, its "1.1" paragraph numbers removed. */
function paragraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const l of lines) {
    if (isBlank(l)) { if (current.length) out.push(current.join(" ")); current = []; continue; }
    current.push(clean(l.text));
  }
  if (current.length) out.push(current.join(" "));
  return out.map((p) => p.replace(/^\d{1,2}\.\d{1,2}\.?\s+/, "")).filter((p) => p !== "");
}

export function purposeFromSections(lines: Line[]): string | null {
  const s = sections(lines).find((x) => PURPOSE_SECTION.test(x.title));
  return s ? paragraphs(s.lines)[0] ?? null : null;
}

export function recommendationsFromSections(lines: Line[]): { leadIn: string | null; items: Labelled[] } | null {
  const s = sections(lines).find((x) => RECOMMENDATIONS_SECTION.test(x.title));
  if (!s) return null;
  const items: Labelled[] = [];
  const lead: string[] = [];
  let open = false;
  for (const l of s.lines) {
    if (isBlank(l)) { open = false; continue; }
    const item = /^\s*\d{1,2}\.\d/.test(l.text) ? null : recommendationItem(l.text);
    if (item) { items.push({ label: item.label, text: item.text }); open = true; continue; }
    const t = clean(l.text);
    if (open && items.length) items[items.length - 1].text += ` ${t}`;
    else if (items.length === 0) lead.push(t.replace(/^\d{1,2}\.\d{1,2}\.?\s+/, ""));
  }
  if (items.length === 0) return lead.length ? { leadIn: null, items: [{ label: null, text: lead.join(" ") }] } : null;
  return { leadIn: lead.length ? lead.join(" ") : null, items };
}

/** "Contact officer: Rhiannon Pugh, Temporary Accommodation Manager" then "Tel: … Email: …". */
export function footContact(lines: Line[]): Contact | null {
  const idx = lines.findIndex((l) => /^\s*(?:contact\s+officer|report\s+author|contact)\s*:\s*\S/i.test(l.text));
  if (idx < 0) return null;
  const value = clean(lines[idx].text).replace(/^(?:contact\s+officer|report\s+author|contact)\s*:\s*/i, "");
  const [name, ...rest] = value.split(/\s*,\s*/);
  const post = rest.filter((p) => !/\d{4}|@/.test(p));
  if (!/^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$/.test(name)) return null;
  const near = lines.slice(idx, idx + 4).map((l) => clean(l.text)).join(" ");
  const tel = /\b(?:tel(?:ephone)?|phone)\.?\s*:?\s*(\+?\d[\d ]{5,}\d)/i.exec(near) ?? /(?:^|,\s*)(\+?0\d{2,4}[\d ]{5,}\d)(?:\s*,|\s*$)/.exec(value);
  const email = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(near);
  return { name, post: post.length ? post.join(", ") : null, email: email ? email[1] : null, telephone: tel ? tel[1].trim() : null };
}
