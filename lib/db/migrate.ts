import { migrate } from "drizzle-orm/libsql/migrator";
import { resolve } from "node:path";
import type { Database } from "./index";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "drizzle");

/** Apply every pending migration in drizzle/ (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.$client.execute("PRAGMA foreign_keys = ON");
  await migrate(database, { migrationsFolder: MIGRATIONS_FOLDER });
}
