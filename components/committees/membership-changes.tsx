import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { MembershipChange, SnapshotMember } from "@/lib/queries/committees";
import { roleLabel } from "./role-label";

function Person({ m }: { m: SnapshotMember }) {
  return <Link prefetch={false} href={`/people/${m.personSlug}`}>Councillor {m.name}</Link>;
}

/** Joiners, leavers and new roles between one front sheet and the next, newest first. */
export function MembershipChanges({ changes, sheets }: { changes: MembershipChange[]; sheets: number }) {
  if (changes.length === 0) {
    return (
      <p>
        {sheets <= 1
          ? "Only one agenda so far lists the members, so there is nothing to compare yet."
          : "The membership was the same on every agenda that lists it."}
      </p>
    );
  }
  return (
    <>
      <p className="mb-4 text-muted">Worked out by comparing the members listed on the front sheets of consecutive agendas on this site.</p>
      <ol className="space-y-6">
        {[...changes].reverse().map((c, i) => {
          const id = `membership-change-${i}`;
          const nothing = !c.joined.length && !c.left.length && !c.roleChanged.length;
          return (
            <li key={`${c.from.slug}-${c.to.slug}`}>
              <h3 id={id} className="mb-2 text-lg font-bold">
                Between <Link prefetch={false} href={`/meetings/${c.from.slug}`}>{formatDate(c.from.date)}</Link> and{" "}
                <Link prefetch={false} href={`/meetings/${c.to.slug}`}>{formatDate(c.to.date)}</Link>
              </h3>
              {nothing && <p>No change.</p>}
              <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
                {c.joined.length > 0 && (
                  <>
                    <dt className="font-bold">Joined</dt>
                    <dd>
                      <ul>
                        {c.joined.map((m) => (
                          <li key={m.personSlug}>
                            <Person m={m} />
                            {m.role !== "member" && <span className="text-muted"> (as {roleLabel(m.role, m.roleAsPrinted)})</span>}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
                {c.left.length > 0 && (
                  <>
                    <dt className="font-bold">Left</dt>
                    <dd>
                      <ul>
                        {c.left.map((m) => (
                          <li key={m.personSlug}>
                            <Person m={m} />
                            {m.role !== "member" && <span className="text-muted"> (was {roleLabel(m.role, m.roleAsPrinted)})</span>}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
                {c.roleChanged.length > 0 && (
                  <>
                    <dt className="font-bold">New role</dt>
                    <dd>
                      <ul>
                        {c.roleChanged.map(({ member, before }) => (
                          <li key={member.personSlug}>
                            <Person m={member} />: {roleLabel(before.role, before.roleAsPrinted)} to {roleLabel(member.role, member.roleAsPrinted)}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ol>
    </>
  );
}
