import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { CommitteeDetail } from "@/lib/queries/committees";

/** Member workshops and training from the newest workshop plan. */
export function WorkshopPlan({ plan }: { plan: CommitteeDetail["workshops"] }) {
  if (!plan || plan.entries.length === 0) return <p>No workshop or training plan has been published for this committee.</p>;
  return (
    <>
      <p className="mb-4">
        As published with the agenda for the{" "}
        <Link prefetch={false} href={`/meetings/${plan.publishedWith.slug}`}>meeting on {formatDate(plan.publishedWith.date)}</Link>.
      </p>
      <div className="space-y-6">
        {plan.entries.map((w, i) => (
          <section key={`${w.dateAsPrinted}-${i}`} aria-labelledby={`workshop-${i}`}>
            <h3 id={`workshop-${i}`} className="mb-2 text-lg font-bold">
              {w.date ? <time dateTime={w.date}>{formatDate(w.date)}</time> : w.dateAsPrinted}
            </h3>
            {w.items.length === 0 ? (
              <p className="text-muted">No items listed.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6">
                {w.items.map((it, j) => (
                  <li key={j}>
                    {it.number && <span className="sr-only">Item {it.number}: </span>}
                    {it.title}
                    {it.presenter && <span className="text-muted"> (presenter: {it.presenter})</span>}
                  </li>
                ))}
              </ul>
            )}
            {w.flags.map((f) => (
              <p key={f} className="mt-2 border-l-4 border-rule pl-3 text-sm text-muted">{f}</p>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
