import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate, formatPounds } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { FundingFactGroup } from "@/lib/queries/funding";

export function factGroupTitle(g: FundingFactGroup): string {
  return g.report ? readableCase(g.report.title, { properNames: [g.committee.name] }) : "Other parts of the agenda pack (such as minutes)";
}

/** Up to this many sums show straight away; a longer list folds behind its count, so the page stays a contents list. */
const OPEN_UP_TO = 5;

const sumsCount = (n: number) => (n === 1 ? "1 sum" : `${n} sums`);

/** Sums of money quoted in one report's text: what it says, the amount in pounds, and how it was printed. */
export function FundingFactTable({ group }: { group: FundingFactGroup }) {
  const title = factGroupTitle(group);
  const table = <FactsTable group={group} title={title} />;
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
      {group.facts.length <= OPEN_UP_TO ? table : (
        <details className="border-l-4 border-rule pl-3">
          <summary className="cursor-pointer font-bold text-link">Show the {sumsCount(group.facts.length)} quoted<span className="sr-only"> in {title}</span></summary>
          <div className="mt-2">{table}</div>
        </details>
      )}
    </section>
  );
}

function FactsTable({ group, title }: { group: FundingFactGroup; title: string }) {
  return (
    <TableScroll label={`Sums quoted in ${title}`}>
      <table className="w-full text-left">
        <caption className="mb-1 text-left text-sm text-muted">
          {sumsCount(group.facts.length)} quoted in {title}
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
  );
}

/** Groups by meeting, newest first, each with its reports, after a contents list of them all. */
export function FundingFactsByMeeting({ groups }: { groups: FundingFactGroup[] }) {
  if (groups.length === 0) return <p>No sums of money have been read from report text yet.</p>;
  const meetings = [...new Map(groups.map((g) => [g.meeting.slug, g.meeting])).values()];
  return (
    <>
      <nav aria-label="Reports on this page" className="mb-10 border-l-4 border-brand bg-panel p-4">
        <h2 className="text-lg font-bold">Contents</h2>
        <ul className="mt-2 space-y-3">
          {meetings.map((m) => (
            <li key={m.slug}>
              <a href={`#facts-meeting-${m.slug}`} className="font-bold">Meeting on {formatDate(m.date)}</a>
              <ul className="mt-1 list-disc pl-6">
                {groups.filter((g) => g.meeting.slug === m.slug).map((g) => (
                  <li key={g.anchor}><a href={`#${g.anchor}`}>{factGroupTitle(g)}</a> <span className="text-sm text-muted">({sumsCount(g.facts.length)})</span></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-12">
        {meetings.map((m) => (
          <section key={m.slug} aria-labelledby={`facts-meeting-${m.slug}`}>
            <h2 id={`facts-meeting-${m.slug}`} className="mb-4 scroll-mt-4 text-2xl font-bold">Meeting on {formatDate(m.date)}</h2>
            <div className="space-y-10">
              {groups.filter((g) => g.meeting.slug === m.slug).map((g) => <FundingFactTable key={g.anchor} group={g} />)}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
