/**
 * For the browser tests only: create the test accounts with passwords generated now, and write
 * them to <dir>/users.json (mode 600, under .e2e/, never committed) for e2e/support/sign-in.ts.
 *   tsx scripts/e2e-users.ts .e2e/3100
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { asc } from "drizzle-orm";
import { db } from "../lib/db";
import { committees } from "../lib/db/schema";
import { createUser, disableUser } from "../lib/mutations/users";
import { E2E_ROLES, type E2EUsers } from "../e2e/support/e2e-users";

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/e2e-users.ts <dir>");
  const [committee] = await db.select({ id: committees.id, slug: committees.slug }).from(committees).orderBy(asc(committees.id)).limit(1);
  if (!committee) throw new Error("no committee to limit the limited clerk to: run db:prepare first");
  const out = {} as E2EUsers;
  const who = { system: "e2e-setup" };
  for (const role of E2E_ROLES) {
    const email = `e2e-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}@example.test`;
    const { userId, password } = await createUser(db, who, {
      email,
      name: `E2E ${role}`,
      role: role === "admin" ? "admin" : "clerk",
      committeeIds: role === "limitedClerk" ? [committee.id] : [],
    });
    if (role === "disabledClerk") await disableUser(db, who, { userId, version: 1 });
    out[role] = { email, password, userId, ...(role === "limitedClerk" ? { committeeSlugs: [committee.slug] } : {}) };
  }
  writeFileSync(join(dir, "users.json"), JSON.stringify(out, null, 2), { mode: 0o600 });
  console.log(`E2E users written to ${join(dir, "users.json")}`);
}

main().catch((err: unknown) => {
  console.error(`E2E users not created: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
