import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate, formatPounds } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { FundingFactGroup } from "@/lib/queries/funding";

export function factGroupTitle(g: FundingFactGroup): string {
  return g.report ? readableCase(g.report.title, { properNames: [g.committee.name] }) : "Other parts of the agenda pack (such as minutes)";
}

/** Sums of money quoted in one report's text: what it says, the amount in pounds, and how it was printed. */
export function FundingFactTable({ group }: { group: FundingFactGroup }) {
  const title = factGroupTitle(group);
  return (
    <section aria-labelledby={`${group.anchor}-heading`} id={group.anchor} className="scroll-mt-4">
      <h3 id={`${group.anchor}-heading`} className="mb-1 text-xl font-bold">{title}</h3>
      <p className="mb-2 text-sm">
        {group.report ? (
          <Link prefetch={false} href={`/reports/${group.report.slug}`}>Read the report<span className="sr-only">: {title}</span></Link>
        ) : (
          <Link prefetch={false} href={`/meetings/${group.meeting.slug}`}>See the agenda of the meeting on {formatDate(group.meeting.date)}</Link>
        )}
      </p>
      <TableScroll label={`Sums quoted in ${title}`}>
        <table className="w-full text-left">
          <caption className="mb-1 text-left text-sm text-muted">
            {group.facts.length === 1 ? "1 sum" : `${group.facts.length} sums`} quoted in {title}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">What the text says</th>
              <th scope="col" className="py-2 pl-4 text-right">Amount</th>
              <th scope="col" className="py-2 pl-4 text-right">As printed</th>
            </tr>
          </thead>
          <tbody>
            {group.facts.map((f, i) => (
              <tr key={i} className="border-b border-rule align-top">
                <td className="py-2 pr-4">&ldquo;{f.label}&rdquo;</td>
                <td className="py-2 pl-4 text-right tabular-nums whitespace-nowrap">{formatPounds(f.amountGbp)}</td>
                <td className="py-2 pl-4 text-right whitespace-nowrap">{f.asPrinted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Groups by meeting, newest first, each with its reports. */
export function FundingFactsByMeeting({ groups }: { groups: FundingFactGroup[] }) {
  if (groups.length === 0) return <p>No sums of money have been read from report text yet.</p>;
  const meetings = [...new Map(groups.map((g) => [g.meeting.slug, g.meeting])).values()];
  return (
    <div className="space-y-12">
      {meetings.map((m) => (
        <section key={m.slug} aria-labelledby={`facts-meeting-${m.slug}`}>
          <h2 id={`facts-meeting-${m.slug}`} className="mb-4 text-2xl font-bold">Meeting on {formatDate(m.date)}</h2>
          <div className="space-y-10">
            {groups.filter((g) => g.meeting.slug === m.slug).map((g) => <FundingFactTable key={g.anchor} group={g} />)}
          </div>
        </section>
      ))}
    </div>
  );
}
