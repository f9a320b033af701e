/**
 * Cache tags: the one place that names what a published change must refresh. Query functions
 * tag their cached results with these; mutations revalidate exactly the tags they touch.
 */
export const cacheTags = {
  meetings: "meetings",
  meeting: (slug: string) => `meeting:${slug}`,
  committees: "committees",
  reports: "reports",
  people: "people",
  decisions: "decisions",
  actions: "actions",
  plans: "plans",
  funding: "funding",
  outsideBodies: "outside-bodies",
  strategies: "strategies",
} as const;
