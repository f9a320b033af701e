import { NextResponse, type NextRequest } from "next/server";
import { gateUnknownSlug } from "@/lib/publishing/slug-gate";

/**
 * Runs before every page. The unknown-slug gate answers addresses of records that are not public
 * with a 404 before any page renders (lib/publishing/slug-gate.ts). When merging with the sign-in
 * proxy, keep this call first for public paths.
 */
export async function proxy(request: NextRequest) {
  return (await gateUnknownSlug(request)) ?? NextResponse.next();
}

export const config = {
  matcher: [
    "/:section(meetings|reports|decisions|actions|committees|people|outside-bodies|strategies)/:slug",
    "/meetings/:slug/agenda-pack.txt",
    "/funding/:section(lines|reports)/:slug",
  ],
};
