import { KIND_LABELS, collectRecords, countByKind, placeIssues, recordSpans, sourceLines, type PlacedIssue } from "@/lib/import-review/records";
import { correctedPaths } from "@/lib/import-review/review-state";
import type { ReviewPageData } from "@/lib/import-review/queries";
import { IssueItem } from "./issue-item";
import { RecordCard, type CardSource } from "./record-card";
import { FieldGrid, ReviewField } from "./review-field";

/**
 * What the importer found, record by record beside its source lines, with the importer's issues
 * where they occur. While the review is pending every correctable value is a form field (the
 * caller wraps this in the corrections form).
 */
export function ReviewRecords({ data }: { data: ReviewPageData }) {
  const { pack, id: reviewId } = data;
  const editable = data.status === "pending";
  const lines = sourceLines(data.text);
  const records = collectRecords(pack);
  const spans = recordSpans(records, lines.length);
  const { byRecord, general } = placeIssues(records, pack.issues, lines.length);
  const corrected = correctedPaths(pack.review);
  const decisions = pack.review.issueDecisions;
  const src = (path: string, max?: number): CardSource & { max?: number } => ({ reviewId, lines, span: spans.get(path), max });
  const issuesAt = (path: string): PlacedIssue[] => byRecord.get(path) ?? [];
  const f = (path: string, extra: { label?: string; wide?: boolean; committees?: string[] } = {}) => (
    <ReviewField key={path} pack={pack} path={path} corrected={corrected} readOnly={!editable} {...extra} />
  );
  const card = (path: string, heading: string, children: React.ReactNode, opts: { level?: 2 | 3 | 4; max?: number } = {}) => (
    <RecordCard key={path} id={`r-${path.replace(/\./g, "-")}`} heading={heading} level={opts.level ?? 3} source={src(path, opts.max)} issues={issuesAt(path)} decisions={decisions} editable={editable}>
      {children}
    </RecordCard>
  );
  const m = pack.meeting;
  const simple = (title: string, list: { path: string; heading: string; text: string }[]) =>
    list.length > 0 && (
      <section aria-labelledby={`h-${title.toLowerCase().replace(/\W+/g, "-")}`} className="mt-8">
        <h2 id={`h-${title.toLowerCase().replace(/\W+/g, "-")}`} className="text-2xl font-bold">{title} ({list.length})</h2>
        {list.map((x) => card(x.path, x.heading, <p>{x.text}</p>, { max: 3 }))}
      </section>
    );

  return (
    <>
      <section aria-labelledby="h-found" className="mb-6">
        <h2 id="h-found" className="text-2xl font-bold">What the importer found</h2>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
          {countByKind(records).map(({ kind, count }) => (
            <div key={kind}>
              <dt className="text-sm">{KIND_LABELS[kind][1]}</dt>
              <dd className="text-xl font-bold">{count}</dd>
            </div>
          ))}
          <div>
            <dt className="text-sm">Issues</dt>
            <dd className="text-xl font-bold">{pack.issues.length} <span className="text-sm font-normal">({Object.keys(decisions).length} decided)</span></dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="h-general-issues" className="mb-6">
        <h2 id="h-general-issues" className="text-2xl font-bold">Issues not tied to one record ({general.length})</h2>
        {general.length ? (
          <ul className="mt-2 space-y-2">
            {general.map((p) => <IssueItem key={p.index} placed={p} reviewId={reviewId} decision={decisions[p.index]} editable={editable} />)}
          </ul>
        ) : (
          <p>None: every issue the importer raised is shown beside the record it concerns.</p>
        )}
      </section>

      <section aria-labelledby="h-meeting" className="mt-8">
        <h2 id="h-meeting" className="text-2xl font-bold">Meeting</h2>
        {card("meeting", `Meeting: ${m.committee}, ${m.date ?? "date not read"}`, (
          <>
            <FieldGrid>
              {f("meeting.committee", { committees: data.committees })}
              {f("meeting.date")}
              {f("meeting.startTime")}
              {f("meeting.venue")}
            </FieldGrid>
            <p className="mt-2 text-sm">
              {m.virtual ? `Held virtually${m.virtualPlatforms ? ` (${m.virtualPlatforms})` : ""}. ` : ""}
              {pack.clerk ? `Clerk: ${pack.clerk.name}.` : ""} {pack.members.length} members listed.
            </p>
          </>
        ))}
      </section>

      {pack.agendaItems.length > 0 && (
        <section aria-labelledby="h-agenda" className="mt-8">
          <h2 id="h-agenda" className="text-2xl font-bold">Agenda items ({pack.agendaItems.length})</h2>
          {pack.agendaItems.map((a, i) => card(`agendaItems.${i}`, `Agenda item ${a.number}: ${a.title}`, (
            <FieldGrid>
              {f(`agendaItems.${i}.number`)}
              {f(`agendaItems.${i}.title`)}
            </FieldGrid>
          ), { max: 4 }))}
        </section>
      )}

      {pack.reports.length > 0 && (
        <section aria-labelledby="h-reports" className="mt-8">
          <h2 id="h-reports" className="text-2xl font-bold">Reports ({pack.reports.length})</h2>
          {pack.reports.map((r, i) => card(`reports.${i}`, `Report: ${r.title}`, (
            <>
              <FieldGrid>
                {f(`reports.${i}.title`, { wide: true })}
                {f(`reports.${i}.agendaItem`)}
              </FieldGrid>
              <p className="mt-2 text-sm">
                {r.from ? `From: ${r.from}. ` : ""}
                {r.keyDecision === null ? "" : r.keyDecision ? "Key decision. " : "Not a key decision. "}
                {r.recommendations.length} recommendation{r.recommendations.length === 1 ? "" : "s"}, {r.officerContacts.length + r.memberContacts.length} contact
                {r.officerContacts.length + r.memberContacts.length === 1 ? "" : "s"}, {r.body.length} body blocks.
              </p>
            </>
          )))}
        </section>
      )}

      {pack.minutes.map((mn, i) => (
        <section key={i} aria-labelledby={`h-minutes-${i}`} className="mt-8">
          <h2 id={`h-minutes-${i}`} className="text-2xl font-bold">Minutes of {mn.meetingDate ?? "an undated meeting"} ({mn.entries.length} entries)</h2>
          {card(`minutes.${i}`, `Minutes of ${mn.meetingDate ?? "an undated meeting"}: attendance`, (
            <>
              <p className="text-sm">
                {mn.startTime ? `From ${mn.startTime}` : ""}{mn.endTime ? ` to ${mn.endTime}` : ""}. {mn.present.length} present, {mn.apologies.length} apologies.
              </p>
              <FieldGrid>
                {mn.present.map((p, j) => f(`minutes.${i}.present.${j}.name`, { label: `Present ${j + 1}${p.role ? ` (${p.role})` : ""}${p.substitutingFor ? ` (substituting for ${p.substitutingFor})` : ""}` }))}
                {mn.apologies.map((_, j) => f(`minutes.${i}.apologies.${j}`, { label: `Apologies ${j + 1}` }))}
              </FieldGrid>
            </>
          ))}
          {mn.entries.map((e, j) => card(`minutes.${i}.entries.${j}`, `Minute ${e.number ?? ""} ${e.title}`.replace(/\s+/g, " "), (
            <>
              <FieldGrid>
                {f(`minutes.${i}.entries.${j}.number`)}
                {f(`minutes.${i}.entries.${j}.title`)}
              </FieldGrid>
              {e.resolutions.map((_, k) => (
                <fieldset key={k} className="mt-3 border border-rule p-3">
                  <legend className="px-1 font-bold">Resolution {k + 1}</legend>
                  <FieldGrid>
                    {f(`minutes.${i}.entries.${j}.resolutions.${k}.text`, { wide: true })}
                    {f(`minutes.${i}.entries.${j}.resolutions.${k}.outcome`)}
                    {f(`minutes.${i}.entries.${j}.resolutions.${k}.votesFor`)}
                    {f(`minutes.${i}.entries.${j}.resolutions.${k}.votesAgainst`)}
                    {f(`minutes.${i}.entries.${j}.resolutions.${k}.abstentions`)}
                  </FieldGrid>
                </fieldset>
              ))}
              {e.actions.length > 0 && <p className="mt-2 text-sm">{e.actions.length} action{e.actions.length === 1 ? "" : "s"} recorded.</p>}
            </>
          ), { level: 3 }))}
        </section>
      ))}

      {simple("Action log", pack.actionLog.map((a, i) => ({ path: `actionLog.${i}`, heading: `Action ${a.minuteNumber ? `(minute ${a.minuteNumber})` : i + 1}`, text: `${a.action}${a.status ? ` Status: ${a.status}.` : ""}` })))}
      {simple("Agenda plan", pack.agendaPlan.map((a, i) => ({ path: `agendaPlan.${i}`, heading: `Planned for ${a.meetingDate ?? a.meetingDateAsPrinted ?? "an unknown date"}`, text: a.item })))}
      {simple("Workshops", pack.workshops.map((w, i) => ({ path: `workshops.${i}`, heading: `Workshop ${w.dateAsPrinted}`, text: w.items.map((x) => x.title).join("; ") })))}
      {simple("Strategies", pack.strategies.map((s, i) => ({ path: `strategies.${i}`, heading: s.title, text: `${s.priorities.length} priorities, ${s.actions.length} actions` })))}
      {simple("Budget lines", pack.budgetLines.map((b, i) => ({ path: `budgetLines.${i}`, heading: `${b.line}${b.isTotal ? " (total)" : ""}`, text: `${b.table}: budget ${b.budget ?? "–"}, actual ${b.actual ?? "–"}, variance ${b.variance ?? "–"} (${b.unit === "GBP_thousands" ? "£000" : "£"})` })))}
      {simple("Funding facts", pack.fundingFacts.map((x, i) => ({ path: `fundingFacts.${i}`, heading: x.label, text: `${x.asPrinted} (£${x.amountGbp.toLocaleString("en-GB")})` })))}
      {simple("Outside bodies", pack.outsideBodies.map((o, i) => ({ path: `outsideBodies.${i}`, heading: o.name, text: `${o.representatives.length} representative${o.representatives.length === 1 ? "" : "s"}` })))}
    </>
  );
}
