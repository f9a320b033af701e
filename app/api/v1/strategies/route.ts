/** GET /api/v1/strategies: one page of published strategies. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.strategies);
