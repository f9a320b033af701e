import { councilRecord } from "@/lib/council-record";
import { findDate } from "@/lib/import/dates";
import type { NamedLink } from "@/lib/text/links";

/**
 * "View minutes here: Minutes - 21st January 2021": the pack printed a link whose address the
 * extraction lost. It leads to our page of that meeting when we hold it, else to the council's website.
 */
export function minutesLinks(body: string | null, title: string, committeeMeetings: { slug: string; date: string }[]): NamedLink[] {
  const printed = /minutes here:\s*(.+)$/im.exec(body ?? "")?.[1]?.trim();
  if (!printed) return [];
  const date = findDate(printed)?.iso ?? findDate(title)?.iso;
  const held = date ? committeeMeetings.find((m) => m.date === date) : undefined;
  return [{ text: printed, href: held ? `/meetings/${held.slug}#minutes` : councilRecord().href }];
}
