/** GET /api/v1/outside-bodies: one page of published outside bodies. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.outsideBodies);
