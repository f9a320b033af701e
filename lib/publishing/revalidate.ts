/**
 * Publish = write + revalidate. After a write that readers can see, call
 *
 *   await revalidateAfterChange(change: PublicChange | PublicChange[]): Promise<Revalidation>
 *
 * from the server action (or route handler) that made it, after the transaction commits. It
 * expires exactly the cached pages that show the changed record, immediately (the next request
 * renders afresh, so a reader sees the change within a second, without a rebuild):
 *
 *   kind          record tag(s) (looked up: lib/publishing/related-pages.ts)   kind tags        pages by path
 *   committee     everything (`public`): a committee is the root of nearly every page
 *   meeting       meeting:<slug>; its committee's and the committees its pack  meetings plans   /meetings/<slug>
 *                 printed plans or workshops for; the committee's other        funding sitemap  (+ agenda-pack.txt,
 *                 meetings; meetings its minutes were printed in (or whose                      original,
 *                 minutes it printed); its reports and those its minutes                        /forward-plan/<slug>)
 *                 considered, decisions, strategies, actions set or updated there
 *   minutes       meeting:<meeting> and everything a meeting change reaches    minutes          /meetings/<meeting>
 *                                                                              decisions sitemap
 *   report        report:<slug>; its meeting, the meetings whose minutes       reports funding  /reports/<slug>
 *                 considered it, the decisions on it, the strategies it        sitemap
 *                 presented; committee:<…> and person:<…> of the champion
 *                 roles it records, person:<…> for its contacts and the people
 *                 its "From:" line names now and named before its latest edit
 *   decision      decision:<slug> and its sibling resolutions, the actions     decisions        /decisions/<slug>
 *                 its minute set, meeting:<meeting>, report:<its report>       sitemap
 *   action        action:<slug>; its committee, origin meeting, the meetings   actions sitemap  /actions/<slug>
 *                 its updates were reported at, the decisions of the minute
 *                 that set it, person:<…> for its owners
 *   person        person:<slug>                                                people sitemap   /people/<slug>
 *   outside-body  outside-body:<slug>                                          outside-bodies   /outside-bodies/<slug>
 *                                                                              sitemap
 *   strategy      strategy:<slug>                                              strategies       /strategies/<slug>
 *                                                                              sitemap
 *   import        everything (`public`): a pack writes records of every kind
 *
 * Kind tags are on the lists, feeds, calendars, the sitemap and the site's currency (see
 * lib/cache-tags.ts), so a record that turns draft also leaves every list. Record pages carry
 * their own tag for what they show of other records, so a report edit re-renders a handful of
 * pages, not every person and committee page (which, under load, held a publish back for
 * seconds). Person pages keep the `meetings` and `minutes` kind tags (outside body pages
 * `meetings`): the rows that tie people to meetings are edited as meeting parts, and a lookup
 * made after the write cannot see a row that left. Search reads the database on each request and needs nothing. The
 * feeds, calendars and /calendar are rendered per request from queries tagged with the kind
 * tags, so they need no paths here.
 *
 * Give what you know: `slug` (for minutes, `meetingSlug`), and where you have them the parent
 * slugs and `before`/`after` publication. Missing parent slugs are looked up. A change between
 * two draft states is invisible and revalidates nothing.
 *
 * Other instances: the changes go to the peers at once (PEER_URLS) and into the revalidation
 * journal that every instance follows (lib/publishing/journal.ts), for any the broadcast missed.
 */
import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import { db, syncReplica } from "@/lib/db";
import { changeTargets, type PublicChange, type Revalidation } from "@/lib/publishing/change-targets";
import { markJournalEntryApplied, recordInJournal } from "@/lib/publishing/journal";
import { refreshFrontCache } from "@/lib/publishing/front-refresh";
import { broadcastToPeers } from "@/lib/publishing/peers";

export type { PublicChange, Revalidation } from "@/lib/publishing/change-targets";

/**
 * Expire every page the change shows on, here and on every other instance: it is recorded in the
 * revalidation journal (lib/publishing/journal.ts), which every instance follows, and sent at once
 * to the peers in PEER_URLS (lib/publishing/peers.ts). Unless `relayed`: the change came from a
 * peer or from this instance's journal follower, and has been recorded and told already.
 * Returns what it expired (for logs and tests).
 */
export async function revalidateAfterChange(change: PublicChange | PublicChange[], options: { relayed?: boolean; journalId?: number } = {}): Promise<Revalidation> {
  const changes = Array.isArray(change) ? change : [change];
  // Another instance wrote the change: with an embedded replica, pull it first, or the pages
  // expired now would re-render from the old rows and keep them until the next change.
  if (options.relayed) await syncReplica();
  const { tags, paths } = await changeTargets(db, changes);
  // `{ expire: 0 }`: the next request renders afresh rather than being served the stale page
  // while it regenerates ("max"), so the change is visible at once.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const path of paths) revalidatePath(path);
  if (options.relayed && options.journalId) markJournalEntryApplied(options.journalId);
  if (!options.relayed && (tags.length || paths.length)) {
    const journalId = await recordInJournal(db, changes).catch((error: unknown) => {
      // The write is committed and this instance is fresh; the broadcast below still reaches the peers.
      console.error(`Revalidation journal: could not record a change: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    await broadcastToPeers(changes, { journalId });
    // Have the caching front store the new pages, once this request has ended: Next applies this
    // instance's revalidations only then, and a refresh before it would store the old page.
    afterThisRequest(() => refreshFrontCache(paths));
  }
  return { tags, paths };
}

/** Run `task` after the current request's response (next/server `after`); at once outside a request. */
function afterThisRequest(task: () => Promise<unknown>): void {
  try {
    after(task);
  } catch {
    void task();
  }
}
