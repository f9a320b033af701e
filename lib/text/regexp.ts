/**
 * A phrase as regular-expression source: its special characters literal, and any run of spaces
 * matching any run of whitespace (printed names break across lines and tabs).
 */
export function phrasePattern(phrase: string): string {
  return phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}
