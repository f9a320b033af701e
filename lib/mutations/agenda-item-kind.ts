import type { agendaItems } from "@/lib/db/schema";

type ItemKind = (typeof agendaItems.$inferInsert)["itemKind"];

/** What kind of business an agenda item is, from its title (for icons, filters and links). */
export function classifyAgendaItem(title: string, hasPages: boolean): NonNullable<ItemKind> {
  const t = title.toLowerCase();
  if (/apologies|declarations? of interest/.test(t)) return "apologies";
  if (/action log/.test(t)) return "action_log";
  if (/^minutes\b|\bminutes of\b/.test(t)) return "minutes";
  if (/petitions|public questions/.test(t)) return "petitions";
  if (/date of (the )?next meeting/.test(t)) return "next_meeting";
  if (/oral update|verbal update/.test(t)) return "oral_update";
  if (/notification of|appointments? of chair/.test(t) && !hasPages) return "notification";
  return hasPages ? "report" : "other";
}
