import "server-only";
import { desc, eq } from "drizzle-orm";
import { NotAuthorisedError, type ActingUser } from "@/lib/auth/guards";
import { clerkOrSignIn } from "@/lib/auth/page-guards";
import { db, type Database } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { assertReviewAccess, planReview, type ReviewPlan } from "@/lib/mutations/import-review";
import { asReviewedPack, type ReviewedPack } from "./review-state";
import { resolveCommitteeReadOnly } from "./stored-snapshot";

/** For the import pages: the signed-in clerk, or a redirect to sign in and back (clerk-auth's guard). */
export async function clerkForPage(_path: string): Promise<ActingUser> {
  return clerkOrSignIn();
}

export interface ReviewPageData {
  id: number;
  fileName: string;
  mediaType: string;
  status: "pending" | "accepted" | "discarded";
  version: number;
  createdAt: string;
  createdBy: string | null;
  decidedAt: string | null;
  text: string;
  pack: ReviewedPack;
  plan: ReviewPlan | null;
  meeting: { id: number; slug: string; publication: "draft" | "published"; committee: string; meetingDate: string } | null;
  committees: string[];
}

/** A review as its page shows it; null when there is none or the clerk may not see it. */
export async function getReviewForPage(user: ActingUser, id: number, database: Database = db): Promise<ReviewPageData | null> {
  const row = await database.query.importReviews.findFirst({ where: eq(t.importReviews.id, id) });
  if (!row) return null;
  const pack = asReviewedPack(row.parsed);
  try {
    if (row.status === "accepted" && row.meetingId !== null) {
      const m = await database.query.meetings.findFirst({ where: eq(t.meetings.id, row.meetingId) });
      if (m && user.committeeIds !== null && user.role !== "admin" && !user.committeeIds.includes(m.committeeId)) return null;
    } else {
      assertReviewAccess(user, await resolveCommitteeReadOnly(database, pack.meeting.committee));
    }
  } catch (err) {
    if (err instanceof NotAuthorisedError) return null;
    throw err;
  }
  const creator = row.createdBy === null ? null : await database.query.users.findFirst({ columns: { name: true, email: true }, where: eq(t.users.id, row.createdBy) });
  let meeting: ReviewPageData["meeting"] = null;
  if (row.meetingId !== null) {
    const [m] = await database
      .select({ id: t.meetings.id, slug: t.meetings.slug, publication: t.meetings.publication, committee: t.committees.name, meetingDate: t.meetings.meetingDate })
      .from(t.meetings).innerJoin(t.committees, eq(t.committees.id, t.meetings.committeeId)).where(eq(t.meetings.id, row.meetingId));
    meeting = m ?? null;
  }
  const committees = (await database.select({ name: t.committees.name }).from(t.committees).orderBy(t.committees.name)).map((c) => c.name);
  return {
    id: row.id, fileName: row.fileName, mediaType: row.mediaType, status: row.status, version: row.version, createdAt: row.createdAt,
    createdBy: creator ? creator.name || creator.email : null, decidedAt: row.decidedAt, text: row.text, pack,
    plan: row.status === "pending" ? await planReview(database, pack) : null, meeting, committees,
  };
}

export interface ReviewListItem { id: number; fileName: string; status: string; createdAt: string; committee: string; date: string | null; issues: number }

/** Recent reviews, newest first, that this clerk may see. */
export async function listReviewsForPage(user: ActingUser, database: Database = db): Promise<ReviewListItem[]> {
  const rows = await database.select().from(t.importReviews).orderBy(desc(t.importReviews.id)).limit(100);
  const out: ReviewListItem[] = [];
  for (const r of rows) {
    const pack = asReviewedPack(r.parsed);
    if (user.role !== "admin" && user.committeeIds !== null) {
      const c = await resolveCommitteeReadOnly(database, pack.meeting.committee);
      if (c.kind !== "match" || !user.committeeIds.includes(c.id)) continue;
    }
    out.push({ id: r.id, fileName: r.fileName, status: r.status, createdAt: r.createdAt, committee: pack.meeting.committee, date: pack.meeting.date, issues: pack.issues.length });
  }
  return out;
}
