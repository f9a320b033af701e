/** npm run db:migrate: apply pending migrations to DATABASE_URL (default file:data/council.db). */
import { databaseUrl, db } from "../lib/db";
import { migrateDatabase } from "../lib/db/migrate";

migrateDatabase(db).then(
  () => console.log(`Database migrated: ${databaseUrl()}`),
  (err: unknown) => {
    console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
