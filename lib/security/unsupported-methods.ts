import http from "node:http";
import { baseSecurityHeaders, contentSecurityPolicy, isHttps, refusedMethod } from "./policy";

/** Methods the fetch standard forbids: a Request cannot even be made for them. */
const FETCH_FORBIDDEN = new Set(["TRACE", "TRACK", "CONNECT"]);
const PATCHED = Symbol.for("open-committee.refuse-unsupported-methods");

/**
 * TRACE (and TRACK) never reach proxy.ts: Next.js builds a fetch Request for the proxy and for
 * route handlers, and undici refuses those methods, so the reply was a 500 without security
 * headers. Answer them at the HTTP server instead, before Next.js sees them: 405 with Allow.
 * (Installed from instrumentation.ts, which `next start` runs before serving.)
 */
export function refuseUnsupportedMethods(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & { emit: (event: string, ...args: unknown[]) => boolean };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (req.method && FETCH_FORBIDDEN.has(req.method.toUpperCase())) {
        refuse(req, res);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  };
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse): void {
  let pathname = "/";
  try {
    pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    // An unparseable target still gets the plain refusal.
  }
  const https = isHttps(String(req.headers["x-forwarded-proto"] ?? ""), process.env.SITE_URL);
  res.writeHead(405, {
    ...baseSecurityHeaders(https),
    "Content-Security-Policy": contentSecurityPolicy({ https }),
    Allow: refusedMethod(pathname, "TRACE") ?? "GET, HEAD",
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  res.end(`Method ${String(req.method).slice(0, 20)} is not allowed.\n`);
}
