/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API. */
import * as z from "zod";
import { apiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

let document: ReturnType<typeof openApiDocument> | undefined;

export const { GET, HEAD, OPTIONS } = apiRoute(async () => ({ kind: "json", schema: z.unknown(), data: (document ??= openApiDocument()) }));
