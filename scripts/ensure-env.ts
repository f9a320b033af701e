/**
 * A fresh checkout has no .env.local: create one with a random AUTH_SECRET so clerk sign-in
 * works locally. An existing file or an AUTH_SECRET in the environment is left alone.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function ensureLocalEnv(file = ".env.local"): void {
  if (process.env.AUTH_SECRET) return;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (/^AUTH_SECRET=/m.test(current)) return;
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
  writeFileSync(file, current + (current && !current.endsWith("\n") ? "\n" : "") + line);
  console.log(`Generated AUTH_SECRET in ${file} (local use only; set your own in production).`);
}
