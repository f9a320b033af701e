import { isFeedFile } from "@/lib/feeds/paths";
import { renderFeedFile } from "@/lib/feeds/render";
import { feedResponse, notFoundResponse } from "@/lib/feeds/response";

/** Rendered per request ("upcoming" moves with the clock) from cached, publish-revalidated queries. */
export const dynamic = "force-dynamic";

/** Site-wide feeds: /feeds/meetings.atom, documents.atom, decisions.atom and meetings.ics (lib/feeds/paths.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isFeedFile(file)) return notFoundResponse("No such feed.");
  const feed = await renderFeedFile(file);
  return feed ? feedResponse(request, feed) : notFoundResponse("No such feed.");
}
