import { fitTitle } from "@/lib/format";
import { listPath } from "@/lib/pagination/paged-lists";

/** Title, description and address of a person's paged records, shared by their page 1 and later pages. */
export function personListMeta(list: "person-attendance" | "person-reports", person: { slug: string; name: string }) {
  return list === "person-attendance"
    ? {
      title: fitTitle(`Attendance of ${person.name}`),
      description: `Every meeting whose published minutes record ${person.name}, newest first: present, apologies or in attendance.`,
      listPath: listPath(list, person.slug),
    }
    : {
      title: fitTitle(`Reports naming ${person.name} as a contact`),
      description: `Every report whose front sheet names ${person.name} as its officer or member contact, newest first.`,
      listPath: listPath(list, person.slug),
    };
}
