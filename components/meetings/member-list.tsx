import Link from "next/link";
import type { MeetingDetail } from "@/lib/queries/meetings";

export function MemberList({ members }: { members: MeetingDetail["members"] }) {
  if (members.length === 0) return <p>The agenda does not list the committee&rsquo;s members.</p>;
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
      {members.map((m) => (
        <li key={m.slug}>
          Councillor <Link prefetch={false} href={`/people/${m.slug}`}>{m.name}</Link>
          {m.role && <span className="text-muted"> ({m.role})</span>}
        </li>
      ))}
    </ul>
  );
}
