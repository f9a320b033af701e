/**
 * Cache tags: the one place that names what a published change must refresh. Query functions tag
 * their cached results with these (lib/queries/cached.ts adds `all` to every one);
 * lib/publishing/revalidate.ts revalidates exactly the tags a change touches.
 *
 * Two sorts of tag:
 * - a record tag (`report:<slug>`) is on the cached result of that record's own page;
 * - a kind tag (`reports`) is on what lists records of that kind as a collection whose membership
 *   or order a change can alter: the list pages, feeds, calendars, the sitemap, the site's currency.
 * A record page that shows related records (a person's reports, a committee's meetings, a
 * strategy's report) carries only its own record tag for them, and the change looks up the pages
 * that show the record (lib/publishing/related-pages.ts). So a report edit expires `report:<slug>`,
 * its meeting, committee, decisions, strategies and the people it names, and the report lists,
 * not every person and committee page. Kind tags stay on record pages only for kinds a clerk
 * rarely edits one by one (`people`, `committees`, `outside-bodies`), and for the meeting parts
 * that tie people to meetings (`meetings`, `minutes` on person pages, `meetings` on outside bodies).
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
