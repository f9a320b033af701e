import { tameCapitals, unshout } from "@/lib/format";

/** A plan's title as a reader wants it: capitals tamed, wording as printed. */
export function strategyTitle(title: string): string {
  return tameCapitals(unshout(title));
}
