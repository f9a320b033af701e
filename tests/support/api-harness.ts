/**
 * Calling the open-data API's route handlers as Next.js would, against the test's database, and
 * checking each response against the OpenAPI document's own component schemas (ajv, JSON Schema
 * 2020-12, which OpenAPI 3.1 schemas are).
 */
import Ajv2020 from "ajv/dist/2020";
import { expect } from "vitest";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export interface RouteModule { GET: Handler; HEAD: Handler; OPTIONS: () => Promise<Response> }

export const ORIGIN = "http://localhost:3000";

export async function call(route: RouteModule, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await route.GET(new Request(`${ORIGIN}${path}`, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  const isJson = /json/.test(response.headers.get("content-type") ?? "");
  return { response, status: response.status, headers: response.headers, text, body: isJson && text ? JSON.parse(text) : null };
}

export function schemaChecker(document: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  // The document is not itself a schema; its components are (found by JSON pointer).
  ajv.addSchema({ ...document, $id: "https://open-committee.test/openapi.json" }, undefined, undefined, false);
  return (component: string, value: unknown) => {
    const validate = ajv.getSchema(`https://open-committee.test/openapi.json#/components/schemas/${component}`);
    expect(validate, `component ${component} in the document`).toBeTruthy();
    const ok = validate!(value);
    expect(ok ? [] : validate!.errors, `response against ${component}`).toEqual([]);
  };
}
