import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
  // FTS5 shadow tables are created by hand-written migrations; keep drizzle-kit away from them.
  tablesFilter: ["!*_fts*"],
});
