/** GET /api/v1/ocd/events: published meetings as Open Civic Data events, a page at a time. */
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { pageLinks, windowOf } from "@/lib/api/pagination";
import { OcdEventList } from "@/lib/api/paths";
import { PageQuery } from "@/lib/api/schemas/common";
import { ocdEvent } from "@/lib/api/standards";
import { getApiMeeting, listApiMeetings } from "@/lib/queries/api/meetings";

export const { GET, HEAD, OPTIONS } = apiRoute(async ({ url }) => {
  const req = parseQuery(PageQuery, url);
  const page = await listApiMeetings(windowOf(req));
  const { links, meta, header } = pageLinks(url, req, page.total);
  const meetings = await Promise.all(page.rows.map((m) => getApiMeeting(m.id)));
  const data = meetings.filter((m) => m !== null).map((m) => ocdEvent(m));
  return { kind: "json", schema: OcdEventList, data: { data, meta, links }, link: header };
});
