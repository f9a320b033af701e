/** GET /api/v1/budget-lines: one page of published budget lines. */
import { collections } from "@/lib/api/collections";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = listRoute(collections.budgetLines);
