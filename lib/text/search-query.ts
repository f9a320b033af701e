/** Longest query shown back or searched for; longer text is cut, not refused. */
export const MAX_SHOWN_QUERY_LENGTH = 200;

/**
 * A search query as the page may show it back: control characters (NUL included) and
 * bidirectional overrides removed, whitespace runs made one space, at most 200 characters.
 */
export function cleanSearchQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] ?? "" : raw ?? "";
  return Array.from(
    value
      .slice(0, MAX_SHOWN_QUERY_LENGTH * 4)
      .replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .slice(0, MAX_SHOWN_QUERY_LENGTH)
    .join("")
    .trim();
}
