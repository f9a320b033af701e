/** GET /api/v1/popolo.json: people, committees, outside bodies, posts and memberships as Popolo. */
import { apiRoute } from "@/lib/api/handler";
import { PopoloExport } from "@/lib/api/schemas/standards";
import { popoloExport } from "@/lib/api/standards";

export const { GET, HEAD, OPTIONS } = apiRoute(async () => ({ kind: "json", schema: PopoloExport, data: await popoloExport() }));
