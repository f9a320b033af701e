const BASE = "http://open-committee.invalid";

/**
 * Where to send a clerk after signing in: only a path on this site ("/dashboard/meetings?x=1"),
 * never another origin ("//evil.example", "/\\evil.example", "https://…"), and never back
 * to the sign-in page or the auth endpoints. Anything else gives `fallback`.
 */
export function safeRedirectPath(next: unknown, fallback = "/dashboard"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/auth")) return fallback;
  return url.pathname + url.search + url.hash;
}
