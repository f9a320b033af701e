import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/**
 * When public data last changed: the newest import, clerk edit (every edit writes an audit row)
 * or record update. One instant for the whole API: coarse, but never later than the truth, so a
 * client's If-Modified-Since is only answered 304 when nothing has changed since.
 */
export async function dataLastModified(): Promise<Date | null> {
  const [row] = await db.all<{ at: string | null }>(sql`
    select max(t) as at from (
      select max(created_at) as t from audit_log
      union all select max(created_at) from source_documents
      union all select max(updated_at) from committees
      union all select max(updated_at) from meetings
      union all select max(updated_at) from reports
      union all select max(updated_at) from actions
      union all select max(updated_at) from people
    )`);
  if (!row?.at) return null;
  const at = new Date(row.at.includes("T") ? row.at : `${row.at.replace(" ", "T")}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}
