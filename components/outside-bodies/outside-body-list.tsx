import Link from "next/link";
import type { OutsideBodyListEntry } from "@/lib/queries/outside-bodies";
import { RepresentativeSummary } from "./representative-list";

export function OutsideBodyList({ bodies }: { bodies: OutsideBodyListEntry[] }) {
  if (bodies.length === 0) return <p>No outside bodies have been published yet.</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {bodies.map((b) => (
        <li key={b.slug} className="py-5">
          <h2 className="text-xl font-bold">
            <Link prefetch={false} href={`/outside-bodies/${b.slug}`}>{b.name}</Link>
          </h2>
          {b.description && <p className="mt-2 line-clamp-3 max-w-3xl">{b.description}</p>}
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">Representatives</dt>
            <dd><RepresentativeSummary representatives={b.representatives} /></dd>
            <dt className="font-bold">Meetings a year</dt>
            <dd>{b.meetingsPerAnnum ?? "Not given"}</dd>
            {b.appointingCommittee && (
              <>
                <dt className="font-bold">Appointed by</dt>
                <dd><Link prefetch={false} href={`/committees/${b.appointingCommittee.slug}`}>{b.appointingCommittee.name}</Link></dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
