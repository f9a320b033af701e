import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/auth/guards";
import * as t from "@/lib/db/schema";
import {
  acceptImportReview, createImportReview, discardImportReview, planReview, ReviewClosedError, ReviewConflictError, ReviewInputError,
  saveReviewCorrections, UploadProblem,
} from "@/lib/mutations/import-review";
import { asReviewedPack } from "@/lib/import-review/review-state";
import { countAllRows, createTempDatabase, type TempDatabase } from "../support/temp-database";

// The guards read the session through next-auth, which needs Next at run time; these tests pass the acting user directly.
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));

const PACK_FILE = "tests/fixtures/packs/highways-2019-06-12.txt";
const PACK = readFileSync(PACK_FILE, "utf8");
const bytes = (s: string) => new TextEncoder().encode(s);

describe("import review: upload, correct, accept as drafts, discard, re-import", () => {
  let temp: TempDatabase;
  let clerk: ActingUser;
  let admin: ActingUser;
  let limited: ActingUser;
  let otherCommitteeId: number;

  beforeAll(async () => {
    temp = await createTempDatabase();
    const [a, c, l] = await temp.db.insert(t.users).values([
      { email: "admin@example.test", name: "Admin", passwordHash: "x", role: "admin" },
      { email: "clerk@example.test", name: "Clerk", passwordHash: "x", role: "clerk" },
      { email: "limited@example.test", name: "Limited", passwordHash: "x", role: "clerk" },
    ]).returning();
    const [authority] = await temp.db.insert(t.authorities).values({ name: "Test Council", slug: "test-council" }).returning();
    const [other] = await temp.db.insert(t.committees).values({ authorityId: authority.id, name: "Adults and Health Committee", slug: "adults-and-health-committee" }).returning();
    otherCommitteeId = other.id;
    admin = { id: a.id, email: a.email, role: "admin", committeeIds: null };
    clerk = { id: c.id, email: c.email, role: "clerk", committeeIds: null };
    limited = { id: l.id, email: l.email, role: "clerk", committeeIds: [other.id] };
  });
  afterAll(() => temp.cleanup());

  it("writes nothing for an upload that cannot be read", async () => {
    const before = await countAllRows(temp.db);
    const bad: [string, Uint8Array][] = [
      ["empty.txt", new Uint8Array()],
      ["blank.txt", bytes("  \n\n ")],
      ["binary.txt", new Uint8Array([1, 2, 0, 4, 5])],
      ["minutes.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
      ["pack.pdf", bytes("not really a pdf")],
      ["damaged.pdf", bytes("%PDF-1.7\n1 0 obj <<>> garbage")],
      ["letter.txt", bytes("Dear resident,\nThank you for your letter about the bins.\n")],
    ];
    for (const [name, content] of bad) {
      await expect(createImportReview(temp.db, clerk, { fileName: name, bytes: content }), name).rejects.toBeInstanceOf(UploadProblem);
    }
    expect(await countAllRows(temp.db)).toEqual(before);
  });

  it("refuses a limited clerk a document for a committee they do not clerk, writing nothing", async () => {
    const before = await countAllRows(temp.db);
    await expect(createImportReview(temp.db, limited, { fileName: "h.txt", bytes: bytes(PACK) })).rejects.toThrow(/not a committee you clerk/);
    expect(await countAllRows(temp.db)).toEqual(before);
  });

  let reviewId: number;
  it("creates a pending review holding the importer's reading, audited", async () => {
    ({ id: reviewId } = await createImportReview(temp.db, clerk, { fileName: "highways-2019-06-12.txt", bytes: bytes(PACK) }));
    const row = await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, reviewId) });
    expect(row).toMatchObject({ status: "pending", version: 1, mediaType: "text/plain", createdBy: clerk.id, meetingId: null });
    const pack = asReviewedPack(row!.parsed);
    expect(pack.meeting.committee).toBe("Highways and Transport Committee");
    expect(pack.agendaItems).toHaveLength(8);
    expect(pack.issues.some((i) => i.code === "date-weekday-mismatch")).toBe(true);
    const audit = await temp.db.select().from(t.auditLog).where(and(eq(t.auditLog.entityType, "import_review"), eq(t.auditLog.entityId, reviewId)));
    expect(audit.map((a) => a.action)).toEqual(["import_review.create"]);
    // Nothing public was written.
    expect(await temp.db.select().from(t.meetings)).toHaveLength(0);
  });

  it("refuses a limited clerk every change to another committee's review, changing nothing", async () => {
    const before = await countAllRows(temp.db);
    await expect(saveReviewCorrections(temp.db, limited, { id: reviewId, version: 1, values: { "meeting.venue": "Elsewhere" }, issues: {} })).rejects.toThrow(/not a committee you clerk/);
    await expect(acceptImportReview(temp.db, limited, { id: reviewId, version: 1, choices: {} })).rejects.toThrow(/not a committee you clerk/);
    await expect(discardImportReview(temp.db, limited, { id: reviewId, version: 1 })).rejects.toThrow(/not a committee you clerk/);
    expect(await countAllRows(temp.db)).toEqual(before);
  });

  it("stores corrections and issue decisions with a version check, and rejects bad values", async () => {
    await expect(saveReviewCorrections(temp.db, clerk, { id: reviewId, version: 1, values: { "meeting.date": "2019-02-30" }, issues: {} })).rejects.toBeInstanceOf(ReviewInputError);
    const pack = asReviewedPack((await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, reviewId) }))!.parsed);
    const issueIndex = pack.issues.findIndex((i) => i.code === "date-weekday-mismatch");
    const saved = await saveReviewCorrections(temp.db, clerk, {
      id: reviewId, version: 1,
      values: {
        "meeting.venue": "Council Chamber, Kingsgate House, Ashbridge",
        "agendaItems.3.title": "Winter Service Plan 2019-20 (revised)",
        "agendaItems.0.title": pack.agendaItems[0].title, // unchanged: not a correction
        "minutes.0.entries.3.resolutions.0.outcome": "carried",
        "minutes.0.present.0.name": "G Pennock",
      },
      issues: { [issueIndex]: { status: "accepted", note: "The minutes misprint the weekday; 14 May is right." } },
    });
    expect(saved).toEqual({ version: 2, changed: 3, decided: 1 });
    // A clerk still holding version 1 is told someone else changed it; nothing is written.
    await expect(saveReviewCorrections(temp.db, admin, { id: reviewId, version: 1, values: { "meeting.venue": "Somewhere else" }, issues: {} })).rejects.toBeInstanceOf(ReviewConflictError);
    const row = await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, reviewId) });
    const after = asReviewedPack(row!.parsed);
    expect(row!.version).toBe(2);
    expect(after.meeting.venue).toBe("Council Chamber, Kingsgate House, Ashbridge");
    expect(after.agendaItems[3].title).toBe("Winter Service Plan 2019-20 (revised)");
    expect(after.review.corrections.map((c) => c.path)).toEqual(["meeting.venue", "agendaItems.3.title", "minutes.0.entries.3.resolutions.0.outcome"]);
    expect(after.review.issueDecisions[issueIndex]).toMatchObject({ status: "accepted", by: clerk.id });
    const audit = await temp.db.select().from(t.auditLog).where(and(eq(t.auditLog.action, "import_review.correct"), eq(t.auditLog.entityId, reviewId)));
    expect(audit).toHaveLength(1);
    expect(audit[0].before).toMatchObject({ "meeting.venue": "Room 2.14, Kingsgate House, Abbey Road, Ashbridge, NM1 4QT" });
  });

  it("accepts: stores draft records, marks corrected fields clerk-edited, records issue decisions", async () => {
    await expect(acceptImportReview(temp.db, clerk, { id: reviewId, version: 1, choices: {} })).rejects.toBeInstanceOf(ReviewConflictError);
    const outcome = await acceptImportReview(temp.db, clerk, { id: reviewId, version: 2, choices: {} });
    expect(outcome.status).toBe("imported");
    const meeting = await temp.db.query.meetings.findFirst({ where: eq(t.meetings.id, outcome.meetingId) });
    expect(meeting).toMatchObject({ publication: "draft", venue: "Council Chamber, Kingsgate House, Ashbridge", meetingDate: "2019-06-12" });
    expect(meeting!.clerkEditedFields).toEqual(["venue"]);
    const committee = await temp.db.query.committees.findFirst({ where: eq(t.committees.id, outcome.committeeId) });
    expect(committee?.publication).toBe("draft");
    const reports = await temp.db.select().from(t.reports).where(eq(t.reports.meetingId, outcome.meetingId));
    expect(reports.length).toBe(4);
    expect(reports.every((r) => r.publication === "draft")).toBe(true);
    const [item] = await temp.db.select().from(t.agendaItems).where(and(eq(t.agendaItems.meetingId, outcome.meetingId), eq(t.agendaItems.numberLabel, "4")));
    expect(item).toMatchObject({ title: "Winter Service Plan 2019-20 (revised)", clerkEditedFields: ["title"] });
    const minutesMeeting = await temp.db.query.meetings.findFirst({ where: eq(t.meetings.meetingDate, "2019-05-14") });
    expect(minutesMeeting?.publication).toBe("draft");
    const resolutions = await temp.db.select().from(t.resolutions);
    expect(resolutions.every((r) => r.publication === "draft")).toBe(true);
    const corrected = resolutions.find((r) => r.clerkEditedFields.includes("outcome"));
    expect(corrected?.outcome).toBe("carried");
    const review = await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, reviewId) });
    expect(review).toMatchObject({ status: "accepted", meetingId: outcome.meetingId, decidedBy: clerk.id, version: 3 });
    const issues = await temp.db.select().from(t.importIssues);
    expect(issues.find((i) => i.code === "date-weekday-mismatch")).toMatchObject({ resolvedBy: clerk.id, resolution: "accepted: The minutes misprint the weekday; 14 May is right." });
    await expect(discardImportReview(temp.db, clerk, { id: reviewId, version: 3 })).rejects.toBeInstanceOf(ReviewClosedError);
  });

  it("discards a review (audited) without writing records", async () => {
    const { id } = await createImportReview(temp.db, admin, { fileName: "again.txt", bytes: bytes(PACK) });
    const before = await countAllRows(temp.db);
    await discardImportReview(temp.db, admin, { id, version: 1 });
    const after = await countAllRows(temp.db);
    expect(after.audit_log).toBe(before.audit_log + 1);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    expect((await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, id) }))?.status).toBe("discarded");
  });

  it("shows a revised document's changes field by field and lets the clerk choose per conflicting field", async () => {
    const revised = PACK
      .replace("Kingsgate House, Abbey Road, Ashbridge, NM1 4QT", "Ashbridge Library, Market Street, Ashbridge, NM1 2AB")
      .replace("4. **Winter Service Plan 2019-20**", "4. **Winter Service Plan 2019-20 and Salting Routes**")
      .replace("10:30hr", "11:00hr");
    expect(revised).not.toBe(PACK);
    // A limited clerk of another committee may not even hold it for review.
    await expect(createImportReview(temp.db, limited, { fileName: "revised.txt", bytes: bytes(revised) })).rejects.toThrow(/not a clerk for this committee/);

    const { id } = await createImportReview(temp.db, clerk, { fileName: "highways-revised.txt", bytes: bytes(revised) });
    const pack = asReviewedPack((await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, id) }))!.parsed);
    const plan = await planReview(temp.db, pack);
    expect(plan.existing?.publication).toBe("draft");
    const meetingChange = plan.diff!.changes.find((c) => c.kind === "meeting");
    expect(meetingChange?.fields.map((f) => [f.field, f.from, f.to])).toEqual([
      ["startTime", "10:30", "11:00"],
      ["venue", "Council Chamber, Kingsgate House, Ashbridge", pack.meeting.venue],
    ]);
    expect(pack.meeting.venue).toContain("Ashbridge Library");
    expect(plan.diff!.conflicts.map((c) => [c.entity, c.column, c.clerkValue, c.documentValue])).toEqual([
      ["meeting", "venue", "Council Chamber, Kingsgate House, Ashbridge", pack.meeting.venue],
      ["agendaItem", "title", "Winter Service Plan 2019-20 (revised)", "Winter Service Plan 2019-20 and Salting Routes"],
      ["resolution", "outcome", "carried", "majority"],
    ]);
    const [venue, title] = plan.diff!.conflicts;
    // Nothing is written by looking.
    expect((await temp.db.query.meetings.findFirst({ where: eq(t.meetings.id, plan.existing!.id) }))?.startTime).toBe("10:30");

    const outcome = await acceptImportReview(temp.db, clerk, { id, version: 1, choices: { [venue.id]: "keep", [title.id]: "document" } });
    // The resolution's outcome is not chosen: the clerk's value is kept by default.
    expect(outcome).toMatchObject({ status: "updated", meetingId: plan.existing!.id, kept: 2, taken: 1 });
    const meeting = await temp.db.query.meetings.findFirst({ where: eq(t.meetings.id, plan.existing!.id) });
    expect(meeting).toMatchObject({ startTime: "11:00", venue: "Council Chamber, Kingsgate House, Ashbridge", clerkEditedFields: ["venue"] });
    const [item] = await temp.db.select().from(t.agendaItems).where(and(eq(t.agendaItems.meetingId, meeting!.id), eq(t.agendaItems.numberLabel, "4")));
    expect(item).toMatchObject({ title: "Winter Service Plan 2019-20 and Salting Routes", clerkEditedFields: [] });
    // The clerk's corrected resolution outcome survives the rewrite of the minutes.
    const resolutions = await temp.db.select().from(t.resolutions);
    expect(resolutions.filter((r) => r.clerkEditedFields.includes("outcome")).map((r) => r.outcome)).toEqual(["carried"]);
    expect((await temp.db.select().from(t.meetings)).filter((m) => m.meetingDate === "2019-06-12")).toHaveLength(1);
  });

  it("lets a limited clerk of the committee accept its documents", async () => {
    const [authority] = await temp.db.select().from(t.authorities);
    expect(authority).toBeDefined();
    const text = readFileSync("tests/fixtures/packs/adults-2022-01-20.txt", "utf8");
    const { id } = await createImportReview(temp.db, limited, { fileName: "adults.txt", bytes: bytes(text) });
    const outcome = await acceptImportReview(temp.db, limited, { id, version: 1, choices: {} });
    expect(outcome.committeeId).toBe(otherCommitteeId);
    expect((await temp.db.query.meetings.findFirst({ where: eq(t.meetings.id, outcome.meetingId) }))?.publication).toBe("draft");
  });
});

describe("import review of a PDF", () => {
  it("keeps the PDF as the original of the review and of the stored source document", async () => {
    const { PDFDocument, StandardFonts } = await import("pdf-lib");
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = PACK.split("\n");
    for (let start = 0; start < lines.length; start += 60) {
      const page = doc.addPage([595, 842]);
      lines.slice(start, start + 60).forEach((line, i) => {
        const text = line.replace(/[^\x20-\x7e£–’‘“”•]/g, " ");
        if (text.trim()) page.drawText(text.slice(0, 110), { x: 40, y: 800 - i * 12.5, size: 8, font });
      });
    }
    const pdf = await doc.save();
    const temp = await createTempDatabase();
    try {
      const [u] = await temp.db.insert(t.users).values({ email: "c@example.test", name: "C", passwordHash: "x", role: "clerk" }).returning();
      const user: ActingUser = { id: u.id, email: u.email, role: "clerk", committeeIds: null };
      const { id } = await createImportReview(temp.db, user, { fileName: "highways.pdf", bytes: pdf });
      const review = await temp.db.query.importReviews.findFirst({ where: eq(t.importReviews.id, id) });
      expect(review).toMatchObject({ mediaType: "application/pdf" });
      expect(review!.original?.length).toBe(pdf.length);
      const outcome = await acceptImportReview(temp.db, user, { id, version: 1, choices: {} });
      const meeting = await temp.db.query.meetings.findFirst({ where: eq(t.meetings.id, outcome.meetingId) });
      const source = await temp.db.query.sourceDocuments.findFirst({ where: eq(t.sourceDocuments.id, meeting!.sourceDocumentId!) });
      expect(source).toMatchObject({ mediaType: "application/pdf", pageCount: Math.ceil(lines.length / 60) });
      expect(source!.original?.length).toBe(pdf.length);
    } finally {
      temp.cleanup();
    }
  });
});
