import Link from "next/link";
import { SeeAllLink } from "@/components/people/see-all-link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatDate } from "@/lib/format";
import { listPath } from "@/lib/pagination/paged-lists";
import type { PersonAttendanceRow, PersonDetail } from "@/lib/queries/people";

const STATUS: Record<PersonDetail["attendance"][number]["status"], string> = {
  present: "Present",
  apologies: "Apologies",
  in_attendance: "In attendance",
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Present / apologies per meeting whose minutes are published, with the totals first. */
export function AttendanceRecord({ person }: { person: PersonDetail }) {
  const { attendance, attendanceCounts: c, substitutedBy } = person;
  if (attendance.length === 0 && substitutedBy.length === 0) {
    return <p>No published minutes on this site record {person.name}&rsquo;s attendance.</p>;
  }
  return (
    <>
      {attendance.length > 0 && (
        <>
          <p className="mb-4">
            Recorded in the minutes of {plural(person.attendanceTotal, "meeting", "meetings")}: present at{" "}
            <strong>{c.present}</strong>, apologies for <strong>{c.apologies}</strong>
            {c.inAttendance > 0 && <>, in attendance (not as a member) at <strong>{c.inAttendance}</strong></>}.
          </p>
          <AttendanceTable rows={attendance} name={person.name} />
          <SeeAllLink href={listPath("person-attendance", person.slug)} total={person.attendanceTotal} shown={attendance.length}>
            All {person.attendanceTotal} meetings in {person.name}&rsquo;s attendance record
          </SeeAllLink>
        </>
      )}
      {substitutedBy.length > 0 && (
        <>
          <h3 className="mb-2 mt-6 text-lg font-bold">Substitutes who sat in {person.name}&rsquo;s place</h3>
          <ul className="list-disc space-y-1 pl-6">
            {substitutedBy.map((s, i) => (
              <li key={`${s.meeting.slug}-${i}`}>
                {s.slug ? <Link prefetch={false} href={`/people/${s.slug}`}>{s.name}</Link> : s.name}, at the{" "}
                <Link prefetch={false} href={`/meetings/${s.meeting.slug}`}>meeting on {formatDate(s.meeting.date)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** One row per meeting whose minutes record the person, newest first: the person page's latest and each page of the whole record. */
export function AttendanceTable({ rows, name }: { rows: PersonAttendanceRow[]; name: string }) {
  return (
    <TableScroll label="Attendance record">
      <table className="w-full text-left">
        <caption className="sr-only">Attendance of {name} at meetings with published minutes</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">Meeting</th>
            <th scope="col" className="py-2 pr-4">Attendance</th>
            <th scope="col" className="py-2">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => (
            <tr key={`${a.meeting.slug}-${i}`} className="border-b border-rule align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link prefetch={false} href={`/meetings/${a.meeting.slug}`}>{formatDate(a.meeting.date)}</Link>
                <span className="block text-sm text-muted">{a.committee.name}</span>
              </th>
              <td className="py-2 pr-4">{STATUS[a.status]}</td>
              <td className="py-2">
                {[
                  a.roleLabel ? `as ${a.roleLabel}` : null,
                  `printed “${a.nameAsPrinted}”`,
                ].filter(Boolean).join("; ")}
                {a.substitutingFor && (
                  <span className="block">
                    Substituting for{" "}
                    {a.substitutingFor.slug
                      ? <Link prefetch={false} href={`/people/${a.substitutingFor.slug}`}>{a.substitutingFor.name}</Link>
                      : a.substitutingFor.name}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
