import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AttendanceTable } from "@/components/people/attendance-record";
import { Pagination } from "@/components/ui/pagination";
import { paginate, pagePath } from "@/lib/pagination/page-model";
import { listPath } from "@/lib/pagination/paged-lists";
import type { PersonAttendancePage } from "@/lib/queries/people";

/** One page of a person's whole attendance record, newest meeting first. */
export function PersonAttendanceIndex({ person, data, page }: { person: { slug: string; name: string }; data: PersonAttendancePage; page: number }) {
  const path = listPath("person-attendance", person.slug);
  const pagination = paginate(page, data.total, (p) => pagePath(path, p));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/people", label: "People" }, { href: `/people/${person.slug}`, label: person.name },
          ...(page > 1 ? [{ href: path, label: "Attendance" }] : []),
        ]}
        current={page > 1 ? `Page ${page}` : "Attendance"}
      />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Attendance of {person.name}</h1>
      <p className="mb-6 max-w-3xl text-lg">
        {data.total === 1 ? "1 meeting" : `${data.total} meetings`} whose published minutes record {person.name}, newest first.{" "}
        <Link prefetch={false} href={`/people/${person.slug}#attendance`}>Totals and committee roles are on {person.name}&rsquo;s page</Link>.
      </p>
      {pagination.count > 1 && (
        <p className="mb-6 text-lg">Page {pagination.page} of {pagination.count}: meetings {pagination.from} to {pagination.to}.</p>
      )}
      {data.rows.length > 0 ? <AttendanceTable rows={data.rows} name={person.name} /> : <p>No published minutes on this site record {person.name}&rsquo;s attendance.</p>}
      <Pagination pagination={pagination} itemLabel="meetings" />
    </>
  );
}
