/**
 * After a publish, have the caching front (deploy/nginx/open-committee.conf, at FRONT_URL) fetch
 * the changed record's own pages afresh and store them, so the next reader gets the new page at
 * once rather than the cached copy for up to the micro-cache's second (and, under a crowd, for as
 * long as its background refresh waits in the instances' queue). nginx honours the header only
 * from the instances' addresses (REFRESH_FROM); for anyone else it is an ordinary request.
 *
 * Called after every instance has expired the pages (the broadcast), so the front cannot fetch
 * an old copy from a peer. Lists and other pages refresh by themselves within a second.
 */
export const FRONT_REFRESH_HEADER = "x-open-committee-refresh";

/** nginx keeps two copies of a page, compressed or not (its cache key reduces Accept-Encoding to these). */
const ENCODINGS = ["gzip", "identity"];

/** At most this many pages a publish: a record's own pages, not every list it appears in. */
const MAX_PATHS = 20;

/** The front's origin from FRONT_URL, or null when the site runs without one. */
export function frontUrl(value = process.env.FRONT_URL ?? ""): string | null {
  const url = value.trim().replace(/\/+$/, "");
  return /^https?:\/\/[^\s/]+$/.test(url) ? url : null;
}

/** Fetch each path through the front with the refresh header; returns the paths that failed. */
export async function refreshFrontCache(paths: string[], front = frontUrl(), timeoutMs = 5000): Promise<string[]> {
  if (!front || !paths.length) return [];
  const failed: string[] = [];
  const requests = paths.slice(0, MAX_PATHS).flatMap((path) => ENCODINGS.map((encoding) => ({ path, encoding })));
  await Promise.all(requests.map(async ({ path, encoding }) => {
    try {
      const res = await fetch(`${front}${path}`, {
        headers: { [FRONT_REFRESH_HEADER]: "1", "accept-encoding": encoding },
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer();
      // A record turned draft answers 404 here, which is right: nginx keeps no copy of it.
      if (res.status >= 500 && !failed.includes(path)) failed.push(path);
    } catch {
      if (!failed.includes(path)) failed.push(path);
    }
  }));
  // Readers get the new page within the micro-cache's second anyway: log, do not fail the save.
  if (failed.length) console.error(`Front cache not refreshed for ${failed.join(", ")}: readers get it within a second.`);
  return failed;
}
