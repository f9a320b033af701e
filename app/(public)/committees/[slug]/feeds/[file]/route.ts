import { isFeedFile } from "@/lib/feeds/paths";
import { renderFeedFile } from "@/lib/feeds/render";
import { feedResponse, notFoundResponse } from "@/lib/feeds/response";

/** Rendered per request ("upcoming" moves with the clock) from cached, publish-revalidated queries. */
export const dynamic = "force-dynamic";

/**
 * One committee's feeds: /committees/<slug>/feeds/meetings.atom, documents.atom, decisions.atom and
 * meetings.ics. An unknown or draft committee never gets here: the proxy's slug gate answers 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  if (!isFeedFile(file)) return notFoundResponse("No such feed.");
  const feed = await renderFeedFile(file, slug);
  return feed ? feedResponse(request, feed) : notFoundResponse("No such committee.");
}
