/**
 * Cache tags: the one place that names what a published change must refresh. Query functions tag
 * their cached results with these (lib/queries/cached.ts adds `all` to every one);
 * lib/publishing/revalidate.ts revalidates exactly the tags a change touches.
 *
 * Two sorts of tag:
 * - a record tag (`report:<slug>`) is on the cached result of that record's own page;
 * - a kind tag (`reports`) is on every list, feed and page that shows or links to records of that
 *   kind without being that record's own page (the reports list, a person's page that lists the
 *   reports they wrote, the sitemap...).
 * A change to a report therefore revalidates `report:<slug>`, its meeting's `meeting:<slug>`
 * (the agenda links it) and the kind tag `reports`, and leaves the other report pages alone.
 */
export const cacheTags = {
  /** On every cached public query: for changes that reach everything (a committee, an import). */
  all: "public",
  sitemap: "sitemap",

  committees: "committees",
  meetings: "meetings",
  minutes: "minutes",
  reports: "reports",
  decisions: "decisions",
  actions: "actions",
  people: "people",
  outsideBodies: "outside-bodies",
  strategies: "strategies",
  plans: "plans",
  funding: "funding",

  committee: (slug: string) => `committee:${slug}`,
  /** The meeting's page and its pack download. */
  meeting: (slug: string) => `meeting:${slug}`,
  report: (slug: string) => `report:${slug}`,
  decision: (slug: string) => `decision:${slug}`,
  action: (slug: string) => `action:${slug}`,
  person: (slug: string) => `person:${slug}`,
  outsideBody: (slug: string) => `outside-body:${slug}`,
  strategy: (slug: string) => `strategy:${slug}`,
} as const;

/** The kind tags: every string-valued entry except `all`. */
export const KIND_TAGS: readonly string[] = Object.entries(cacheTags)
  .flatMap(([key, value]) => (typeof value === "string" && key !== "all" ? [value] : []));
