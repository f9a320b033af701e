import Link from "next/link";
import { formatDate, formatPageRange } from "@/lib/format";
import { readableCase } from "@/lib/text/readable-case";
import type { MeetingDetail } from "@/lib/queries/meetings";
import { LinkedText } from "@/components/ui/linked-text";

/** The agenda by section: item number, title (linked to its report), pages in the pack. */
export function AgendaList({ sections, committeeName }: { sections: MeetingDetail["sections"]; committeeName: string }) {
  const names = { properNames: [committeeName] };
  if (sections.length === 0) return <p>No agenda has been published for this meeting.</p>;
  return (
    <div className="space-y-8">
      {sections.map((section, i) => (
        <section key={section.heading ?? `unsectioned-${i}`} aria-labelledby={`agenda-section-${i}`}>
          <h3 id={`agenda-section-${i}`} className={section.heading ? "mb-3 text-xl font-bold" : "sr-only"}>
            {section.heading ? readableCase(section.heading, { ...names, heading: true }) : "Opening items"}
          </h3>
          <ol className="divide-y divide-rule border-y border-rule">
            {section.items.map((item) => (
              <li key={item.number} id={`item-${item.number}`} className="grid grid-cols-[3rem_1fr] gap-x-3 py-3">
                <span className="font-bold" aria-hidden="true">{item.number}</span>
                <div>
                  <span className="sr-only">Item {item.number}: </span>
                  {item.report ? (
                    <Link prefetch={false} href={`/reports/${item.report.slug}`} className="font-bold">{readableCase(item.title, names)}</Link>
                  ) : (
                    <span className="font-bold">{readableCase(item.title, names)}</span>
                  )}
                  {item.papersHref ? (
                    <span className="block text-sm">
                      <Link prefetch={false} href={item.papersHref}>
                        Papers<span className="sr-only"> for item {item.number}</span> ({formatPageRange(item.pageStart, item.pageEnd)} of the pack)
                      </Link>
                    </span>
                  ) : formatPageRange(item.pageStart, item.pageEnd) && (
                    <span className="block text-sm text-muted">Agenda pack {formatPageRange(item.pageStart, item.pageEnd)}</span>
                  )}
                  {item.minutesOf && (
                    <span className="block text-sm">
                      <Link prefetch={false} href={`/meetings/${item.minutesOf.slug}#minutes`}>Read the minutes of {formatDate(item.minutesOf.date)}</Link>
                    </span>
                  )}
                  {item.body && <p className="mt-2 whitespace-pre-line text-sm"><LinkedText text={item.body} links={item.printedLinks} /></p>}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
