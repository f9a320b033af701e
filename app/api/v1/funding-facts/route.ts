/** GET /api/v1/funding-facts: one page of published funding facts. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.fundingFacts);
