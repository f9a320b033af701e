import Link from "next/link";
import { ResolutionBlock } from "@/components/decisions/resolution-block";
import { formatDate } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { ReportDetail } from "@/lib/queries/reports";
import { minuteName } from "@/lib/minute-label";
import { councilRecord } from "@/lib/council-record";
import { describeWhenWhere } from "@/lib/meeting-place";

/**
 * No minutes yet: say when and where the committee takes (or took) the report, where its decision
 * will appear, and where the council's own record is meanwhile.
 */
function AwaitedDecision({ report: r }: { report: ReportDetail }) {
  const council = councilRecord();
  const whenWhere = describeWhenWhere(r.meeting);
  return (
    <div className="max-w-3xl space-y-3 border-l-4 border-brand bg-panel px-4 py-3">
      <p className="font-bold">No decision is recorded yet.</p>
      <p>
        {r.meeting.status === "upcoming"
          ? <>The committee considers this report on {whenWhere}.</>
          : <>The committee took this report at its meeting on {whenWhere}.</>}{" "}
        Its decision will appear here when the minutes of that meeting are published
        {r.meeting.minutesPlannedFor
          ? <>: the committee&rsquo;s agenda plan lists them for approval at its meeting on {formatDate(r.meeting.minutesPlannedFor, { weekday: false })}.</>
          : <>; councils usually approve them at the committee&rsquo;s next meeting.</>}
      </p>
      <p>
        The council&rsquo;s own record:{" "}
        <a href={council.href}>{council.label}</a>
        {council.isMeetingPage ? "." : <>. We hold no address for this meeting&rsquo;s own page there: look for the {r.meeting.committee.name} meeting of {formatDate(r.meeting.date, { weekday: false })}.</>}
        {" "}<Link prefetch={false} href={`/meetings/${r.meeting.slug}`}>Our page of the meeting</Link> has its agenda and papers.
      </p>
    </div>
  );
}

/** What the committee resolved on the report, from the minutes, or an honest note that none is on record. */
export function ReportDecision({ report: r }: { report: ReportDetail }) {
  if (r.decisions.length === 0) {
    return r.meeting.hasMinutes ? (
      <p>
        The <Link prefetch={false} href={`/meetings/${r.meeting.slug}#minutes`}>minutes of the meeting</Link> record no decision on this report.
      </p>
    ) : (
      <AwaitedDecision report={r} />
    );
  }
  return (
    <div className="max-w-3xl space-y-4">
      {r.decisions.map((d) => (
        <div key={`${d.meeting.slug}-${d.minute.anchor}`}>
          <p>
            Considered at{" "}
            <Link prefetch={false} href={`/meetings/${d.meeting.slug}#${d.minute.anchor}`}>
              {d.minute.label ? `minute ${d.minute.label}` : "the minute"}, {readableCase(d.minute.title, { properNames: [r.meeting.committee.name] })}
            </Link>{" "}
            ({formatDate(d.meeting.date)}).
          </p>
          {d.resolutions.length === 0 && <p>The minute records no resolution.</p>}
          {d.resolutions.map((res, i) => (
            <ResolutionBlock
              key={res.slug}
              resolution={res}
              level={3}
              title={d.resolutions.length > 1 ? `${minuteName(d.minute)}, decision ${i + 1} of ${d.resolutions.length}` : `${minuteName(d.minute)} decision`}
              linkLabel={d.resolutions.length > 1 ? `Decision ${i + 1} of ${minuteName(d.minute, { lower: true })} on its own page` : `${minuteName(d.minute)} decision on its own page`}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
