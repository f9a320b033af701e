import { phrasePattern } from "@/lib/text/regexp";

/** Whether free text such as a report's "From:" line names the person, as a whole-word match. */
export function mentionsName(text: string, name: string): boolean {
  const escaped = phrasePattern(name);
  // Hyphens and apostrophes belong to names: "Wendi Ogle" is not "Wendi Ogle-Welbourn".
  return new RegExp(`(^|[^\\p{L}'’-])${escaped}($|[^\\p{L}'’-])`, "iu").test(text);
}
