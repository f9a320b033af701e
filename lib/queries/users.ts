import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { committees, userCommittees, users } from "@/lib/db/schema";

/** A user as the admin pages show them: never the password hash. */
export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: "clerk" | "admin";
  disabled: boolean;
  lastSignInAt: string | null;
  version: number;
  committees: { id: number; name: string }[];
}

const columns = { id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, lastSignInAt: users.lastSignInAt, version: users.version };

async function withCommittees(rows: Omit<UserSummary, "committees">[]): Promise<UserSummary[]> {
  const scopes = await db
    .select({ userId: userCommittees.userId, id: committees.id, name: committees.name })
    .from(userCommittees)
    .innerJoin(committees, eq(committees.id, userCommittees.committeeId))
    .orderBy(asc(committees.name));
  return rows.map((r) => ({ ...r, committees: scopes.filter((s) => s.userId === r.id).map(({ id, name }) => ({ id, name })) }));
}

/** Every user for the admin's list (uncached: admin pages render on request). */
export async function listUsersForAdmin(): Promise<UserSummary[]> {
  return withCommittees(await db.select(columns).from(users).orderBy(asc(users.disabled), asc(users.email)));
}

export async function getUserForAdmin(id: number): Promise<UserSummary | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const rows = await db.select(columns).from(users).where(eq(users.id, id));
  return rows.length ? (await withCommittees(rows))[0] : null;
}

/** Committees a clerk can be limited to, including unpublished ones. */
export async function listCommitteeChoices(): Promise<{ id: number; name: string }[]> {
  return db.select({ id: committees.id, name: committees.name }).from(committees).orderBy(asc(committees.name));
}
