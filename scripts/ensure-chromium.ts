/**
 * Playwright cannot download browsers here; the tests use the system Chromium. When none is
 * found: as root with apt-get, install Debian's `chromium`; otherwise say how to get one.
 */
import { execSync } from "node:child_process";
import { chromiumPath } from "../e2e/support/chromium-path";

if (!chromiumPath()) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync("command -v apt-get", { stdio: "ignore" });
    hasApt = true;
  } catch {}
  if (isRoot && hasApt) {
    console.log("No system Chromium found: installing Debian's chromium package with apt-get ...");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  }
  if (!chromiumPath()) {
    console.error(
      "No Chromium found for the browser tests. Install one, e.g. `sudo apt-get install chromium` (Debian) " +
        "or `sudo apt-get install chromium-browser` (Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary.",
    );
    process.exit(1);
  }
}
