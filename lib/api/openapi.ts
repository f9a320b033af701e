import "server-only";
/** The OpenAPI 3.1 document, generated from lib/api/paths.ts (and so from the response schemas themselves). */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { siteConfig } from "@/lib/site-config";
import { OGL_URL } from "@/lib/structured-data/meeting-event";
import { API_PATHS } from "./paths";
import { Problem } from "./schemas/common";
import { API_BASE } from "./urls";

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });

function operation(e: (typeof API_PATHS)[number]): ZodOpenApiOperationObject {
  return {
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    tags: [e.tag],
    operationId: `get${e.path.replace(/\.(\w+)$/, "-$1").replace(/[{}]/g, "").split(/[/-]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("")}`,
    ...(e.query || e.pathParams ? { requestParams: { ...(e.query ? { query: e.query } : {}), ...(e.pathParams ? { path: e.pathParams } : {}) } } : {}),
    responses: {
      "200": {
        description: "OK",
        headers: {
          ETag: { description: "Send it back as If-None-Match to get a 304 when nothing changed", schema: { type: "string" } },
          "Last-Modified": { description: "When the published data last changed", schema: { type: "string" } },
        },
        content: { [e.mediaType ?? "application/json"]: { schema: e.response } },
      },
      "304": { description: "Not modified since the ETag or date the request sent" },
      "400": problem("A parameter is not valid; `errors` says which and why"),
      ...(e.pathParams || e.query ? { "404": problem("No published record has this id, or the page is past the last") } : {}),
    },
  };
}

export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const e of API_PATHS) paths[e.path] = { get: operation(e) };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: `${siteConfig.name} open data API`,
      version: "1.0.0",
      description: `Published committee records of ${siteConfig.councilName}: read-only, no key needed, CORS open. See ${siteConfig.siteUrl}/developers.`,
      license: { name: "Open Government Licence v3.0 (the data)", url: OGL_URL },
    },
    servers: [{ url: `${siteConfig.siteUrl}${API_BASE}` }],
    paths,
  });
}
