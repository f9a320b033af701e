/** URL slugs: lowercase ASCII words joined by hyphens, cut at a word boundary. */
export function slugify(text: string, maxLength = 80): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (s.length <= maxLength) return s || "untitled";
  const cut = s.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** The meeting page slug: "2018-05-31-communities-and-partnership-committee". */
export function meetingSlug(date: string, committeeName: string): string {
  return `${date}-${slugify(committeeName, 60)}`;
}

/** A budget line's page: "/funding/lines/14-total-expenditure". The id keeps it unique and stable. */
export function budgetLineSlug(id: number, name: string): string {
  return `${id}-${slugify(name, 60)}`;
}
