/**
 * Next keeps `unstable_cache` results in <distDir>/cache/fetch-cache and a new build reuses them.
 * Our pages read the database, so a build after an import would render yesterday's data from
 * that cache. Every build and dev start clears it: the database is the one source of truth.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";

export function clearDataCache(distDir = process.env.NEXT_DIST_DIR || ".next"): void {
  rmSync(join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}
