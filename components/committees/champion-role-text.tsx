import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { ChampionRole } from "@/lib/queries/champion-roles";

/** "Fenland Area Champion". */
export function championTitle(role: Pick<ChampionRole, "area" | "roleLabel">): string {
  return `${role.area} ${role.roleLabel}`;
}

/** "from 17 April 2018", "from 17 April 2018 to 30 May 2018", "until 16 April 2018". */
export function championPeriod(role: Pick<ChampionRole, "validFrom" | "validTo">): string {
  const from = role.validFrom ? formatDate(role.validFrom, { weekday: false }) : null;
  const to = role.validTo ? formatDate(role.validTo, { weekday: false }) : null;
  if (from && to) return `from ${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return "dates not stated";
}

/** A link to where the papers state the role: the minute, the report, or the meeting's agenda. */
export function ChampionRoleSource({ source }: { source: ChampionRole["source"] }) {
  if (!source) return <>not linked</>;
  const date = formatDate(source.meeting.date, { weekday: false });
  switch (source.kind) {
    case "minute":
      return (
        <Link prefetch={false} href={`/meetings/${source.meeting.slug}#minute-${source.minuteNumber}`}>
          minute {source.minuteNumber} of the meeting on {date}
        </Link>
      );
    case "report":
      return <Link prefetch={false} href={`/reports/${source.report.slug}`}>report to the meeting on {date}</Link>;
    case "meeting":
      return <Link prefetch={false} href={`/meetings/${source.meeting.slug}`}>agenda for the meeting on {date}</Link>;
  }
}
