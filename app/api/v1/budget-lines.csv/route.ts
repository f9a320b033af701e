/** GET /api/v1/budget-lines.csv: every published record as CSV. */
import { collections } from "@/lib/api/collections";
import { csvRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS } = csvRoute(collections.budgetLines);
