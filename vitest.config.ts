import { defineConfig } from "vitest/config";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TEST_ROOTS = ["lib", "tests", "scripts"];

/**
 * The integration tests: every test file that opens a real temporary database through
 * tests/support/temp-database.ts. They run twice, on a libSQL file and on a sqld server, so a
 * new test that uses the helper is covered on both without being listed here.
 */
function integrationTestFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".test.ts") && /support\/temp-database["']/.test(readFileSync(path, "utf8"))) found.push(path);
    }
  };
  for (const root of TEST_ROOTS) walk(root);
  return found.sort();
}

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)), "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)) } },
  test: {
    environment: "node",
    // Fuzz and PDF tests run for tens of seconds; a loaded shared machine can triple that.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "file", include: TEST_ROOTS.map((root) => `${root}/**/*.test.ts`) } },
      {
        extends: true,
        test: {
          name: "sqld",
          include: integrationTestFiles(),
          env: { TEST_DATABASE: "sqld" },
          globalSetup: ["tests/support/sqld-global-setup.ts"],
        },
      },
    ],
  },
});
