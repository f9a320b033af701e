/** GET /api/v1/memberships: one page of published memberships. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.memberships);
