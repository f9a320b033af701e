import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";

/**
 * A public query whose result Next keeps until one of its tags is revalidated. Every result also
 * carries `cacheTags.all`, so a change that reaches everything (a committee, an import) can say so.
 */
export function cachedQuery<R>(name: string, tags: string[], load: () => Promise<R>): () => Promise<R> {
  return unstable_cache(load, [name], { tags: [cacheTags.all, ...tags] });
}

/**
 * One record's page data, cached per slug and tagged with the record's own tag (given in `tags`).
 * What it shows of other records is refreshed through its record tag (lib/publishing/related-pages.ts),
 * not by kind tags, so that one report's edit does not re-render every page that lists some report.
 */
export function cachedRecord<R>(name: string, slug: string, tags: string[], load: (slug: string) => Promise<R>): Promise<R> {
  return unstable_cache(load, [name, slug], { tags: [cacheTags.all, ...tags] })(slug);
}

/**
 * A public query taking arguments (a page number, a committee's slug), cached per argument list:
 * unstable_cache keys each call by its arguments. Tags are the list's kind tags, so one change of
 * that kind expires every page of the list at once.
 */
export function cachedPagedQuery<A extends (string | number | undefined)[], R>(name: string, tags: string[], load: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return unstable_cache(load, [name], { tags: [cacheTags.all, ...tags] });
}
