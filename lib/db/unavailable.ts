/**
 * Is this error the database being out of reach (a server stopped or unreachable, a file that
 * cannot be opened or is locked too long), rather than a fault in a query? Pages use it to say
 * "the service is degraded" instead of failing with a 500. Drizzle and libSQL wrap the cause
 * (fetch failed → ECONNREFUSED), so the whole cause chain is read.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_SOCKET", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_CLOSED",
]);
/** libSQL / SQLite codes that mean "cannot reach or open the database now". */
const DATABASE_CODES = new Set(["SQLITE_BUSY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_LOCKED", "HRANA_WEBSOCKET_ERROR", "SERVER_ERROR"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, status } = current as { code?: unknown; message?: unknown; status?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || DATABASE_CODES.has(code))) {
      // A server error is only "unavailable" when the server (or a proxy before it) says so.
      if (code !== "SERVER_ERROR" || typeof status !== "number" || status >= 502) return true;
    }
    if (typeof message === "string" && /^fetch failed$|ConnectionFailed\(|database is locked/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
