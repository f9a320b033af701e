import { count } from "drizzle-orm";
import type { Database } from "../lib/db";
import { users } from "../lib/db/schema";
import { createUser } from "../lib/mutations/users";

export const DEMO_CLERK_EMAIL = "demo.clerk@example.org";

/**
 * A database with no users gets one demo clerk (an administrator, so they can add the real
 * clerks) with a random password printed here once. There is no default password anywhere.
 */
export async function ensureDemoClerk(db: Database, siteUrl: string): Promise<{ email: string; password: string } | null> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return null;
  const { password } = await createUser(db, { system: "demo-seed" }, { email: DEMO_CLERK_EMAIL, name: "Demo clerk", role: "admin", committeeIds: [] });
  const rule = "-".repeat(72);
  console.log(
    [
      "",
      rule,
      "A demo clerk account (administrator) has been created. Its password is shown only now:",
      "",
      `  sign in at  ${siteUrl}/login`,
      `  email       ${DEMO_CLERK_EMAIL}`,
      `  password    ${password}`,
      "",
      "Lost it? Set a new one with:",
      `  npm run user:reset-password -- --email ${DEMO_CLERK_EMAIL}`,
      "Add real clerks at /dashboard/users, or: npm run user:create -- --email <address> --role clerk",
      rule,
      "",
    ].join("\n"),
  );
  return { email: DEMO_CLERK_EMAIL, password };
}
