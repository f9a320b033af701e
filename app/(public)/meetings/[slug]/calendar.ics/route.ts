import { renderMeetingCalendar } from "@/lib/feeds/render";
import { feedResponse, notFoundResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

/** "Add to calendar" for one meeting. An unknown or draft meeting is a 404 from the proxy's slug gate. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await renderMeetingCalendar((await params).slug);
  return feed ? feedResponse(request, feed) : notFoundResponse("No such meeting.");
}
