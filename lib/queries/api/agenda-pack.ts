import "server-only";
/**
 * A published meeting as the agenda-pack JSON contract (lib/import/contract.ts,
 * agenda-pack.schema.json): what the importer would print for its pack, read back from the
 * database, so clerks' corrections are in it and records still in draft are not.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import * as t from "@/lib/db/schema";
import { isPublic, joinPublic } from "@/lib/queries/visibility";
import type { AgendaPack, Contact } from "@/lib/import/contract";

const byOrder = <T extends { sortOrder: number; id: number }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id - b.id;
const contact = (c: typeof t.reportContacts.$inferSelect): Contact => ({ name: c.name, post: c.post, email: c.email, telephone: c.telephone });

/** null when the meeting is not public or has no agenda pack. */
export async function getApiAgendaPack(meetingId: number): Promise<AgendaPack | null> {
  const [row] = await db
    .select({ m: t.meetings, committee: t.committees.name, source: t.sourceDocuments })
    .from(t.meetings)
    .innerJoin(t.committees, eq(t.committees.id, t.meetings.committeeId))
    .innerJoin(t.sourceDocuments, eq(t.sourceDocuments.id, t.meetings.sourceDocumentId))
    .where(and(isPublic.meeting, eq(t.meetings.id, meetingId)));
  if (!row) return null;
  const { m, source } = row;

  const [members, sections, items, reportRows, minutesRows, updates, plan, workshops, strategies, budget, facts, appointments] = await Promise.all([
    db.select({ name: t.people.fullName, role: t.committeeMemberships.roleAsPrinted, id: t.committeeMemberships.id })
      .from(t.committeeMemberships).innerJoin(t.people, joinPublic.person(t.committeeMemberships.personId))
      .where(eq(t.committeeMemberships.asAtMeetingId, m.id)).orderBy(asc(t.committeeMemberships.id)),
    db.select().from(t.agendaSections).where(eq(t.agendaSections.meetingId, m.id)),
    db.select().from(t.agendaItems).where(eq(t.agendaItems.meetingId, m.id)),
    db.select().from(t.reports).where(and(isPublic.report, eq(t.reports.meetingId, m.id))),
    db.select({ minutes: t.minutes, meetingDate: t.meetings.meetingDate }).from(t.minutes)
      .innerJoin(t.meetings, eq(t.meetings.id, t.minutes.meetingId))
      .where(and(isPublic.minutes, eq(t.minutes.printedInMeetingId, m.id))).orderBy(asc(t.minutes.id)),
    db.select({ u: t.actionUpdates, a: t.actions }).from(t.actionUpdates).innerJoin(t.actions, eq(t.actions.id, t.actionUpdates.actionId))
      .where(and(isPublic.action, eq(t.actionUpdates.reportedAtMeetingId, m.id))).orderBy(asc(t.actionUpdates.id)),
    db.select().from(t.agendaPlanEntries).where(and(isPublic.agendaPlanEntry, eq(t.agendaPlanEntries.publishedWithMeetingId, m.id))),
    db.select().from(t.workshops).where(and(isPublic.workshop, eq(t.workshops.publishedWithMeetingId, m.id))),
    db.select().from(t.strategies).where(and(isPublic.strategy, eq(t.strategies.meetingId, m.id))).orderBy(asc(t.strategies.id)),
    db.select().from(t.budgetLineValues).where(and(isPublic.budgetLineValue, eq(t.budgetLineValues.meetingId, m.id))),
    db.select({ f: t.fundingFacts, reportTitle: t.reports.title }).from(t.fundingFacts)
      .leftJoin(t.reports, joinPublic.report(t.fundingFacts.reportId))
      .where(and(isPublic.fundingFact, eq(t.fundingFacts.meetingId, m.id))),
    db.select({ a: t.appointments, body: t.outsideBodies }).from(t.appointments)
      .innerJoin(t.outsideBodies, eq(t.outsideBodies.id, t.appointments.outsideBodyId))
      .where(and(isPublic.outsideBody, eq(t.appointments.listedAtMeetingId, m.id))),
  ]);

  const reportIds = reportRows.map((r) => r.id);
  const inReports = <C extends { reportId: number }>(rows: C[]) => (id: number) => rows.filter((r) => r.reportId === id);
  const [recs, contacts, implications, sourceDocs] = reportIds.length
    ? await Promise.all([
      db.select().from(t.recommendations).where(inArray(t.recommendations.reportId, reportIds)),
      db.select().from(t.reportContacts).where(inArray(t.reportContacts.reportId, reportIds)),
      db.select().from(t.reportImplications).where(inArray(t.reportImplications.reportId, reportIds)),
      db.select().from(t.reportSourceDocuments).where(inArray(t.reportSourceDocuments.reportId, reportIds)),
    ])
    : [[], [], [], []];
  const itemNumber = new Map(items.map((i) => [i.id, i.numberLabel]));
  const sectionHeading = new Map(sections.map((s) => [s.id, s.heading]));

  const minutes = await Promise.all(minutesRows.map(async ({ minutes: mi, meetingDate }) => {
    const [people, entries] = await Promise.all([
      db.select().from(t.attendance).where(eq(t.attendance.minutesId, mi.id)),
      db.select().from(t.minuteEntries).where(eq(t.minuteEntries.minutesId, mi.id)),
    ]);
    const entryIds = entries.map((e) => e.id);
    const [resolutions, entryActions] = entryIds.length
      ? await Promise.all([
        db.select().from(t.resolutions).where(and(isPublic.resolution, inArray(t.resolutions.minuteEntryId, entryIds))),
        db.select().from(t.actions).where(and(isPublic.action, inArray(t.actions.originMinuteEntryId, entryIds))).orderBy(asc(t.actions.id)),
      ])
      : [[], []];
    const parts = resolutions.length
      ? await db.select().from(t.resolutionParts).where(inArray(t.resolutionParts.resolutionId, resolutions.map((r) => r.id)))
      : [];
    return {
      meetingDate, startTime: mi.startTime, endTime: mi.endTime,
      present: people.filter((p) => p.status === "present").sort(byOrder).map((p) => ({ name: p.nameAsPrinted, role: p.roleLabel, substitutingFor: p.substitutingFor })),
      apologies: people.filter((p) => p.status === "apologies").sort(byOrder).map((p) => p.nameAsPrinted),
      entries: entries.sort(byOrder).map((e) => ({
        number: e.minuteNumber ?? 0, title: e.title,
        resolutions: resolutions.filter((r) => r.minuteEntryId === e.id).sort(byOrder).map((r) => ({
          outcome: r.outcome, votesFor: r.votesFor, votesAgainst: r.votesAgainst, abstentions: r.abstentions, text: r.text,
          parts: parts.filter((p) => p.resolutionId === r.id).sort(byOrder).map((p) => ({ label: p.label, text: p.text })),
        })),
        actions: entryActions.filter((a) => a.originMinuteEntryId === e.id).map((a) => a.description),
      })),
    };
  }));

  const strategyIds = strategies.map((s) => s.id);
  const [priorities, strategyActions] = strategyIds.length
    ? await Promise.all([
      db.select().from(t.strategyPriorities).where(inArray(t.strategyPriorities.strategyId, strategyIds)),
      db.select().from(t.strategyActions).where(inArray(t.strategyActions.strategyId, strategyIds)),
    ])
    : [[], []];
  const outcomes = priorities.length
    ? await db.select().from(t.priorityOutcomes).where(inArray(t.priorityOutcomes.priorityId, priorities.map((p) => p.id)))
    : [];
  const workshopItems = workshops.length
    ? await db.select().from(t.workshopItems).where(inArray(t.workshopItems.workshopId, workshops.map((w) => w.id)))
    : [];
  const priorityNumber = new Map(priorities.map((p) => [p.id, p.number]));

  const bodies = new Map<number, { body: typeof t.outsideBodies.$inferSelect; reps: (typeof t.appointments.$inferSelect)[] }>();
  for (const { a, body } of appointments) {
    const entry = bodies.get(body.id) ?? { body, reps: [] };
    entry.reps.push(a);
    bodies.set(body.id, entry);
  }

  return {
    source: { file: source.fileName, sha256: source.sha256, lines: source.lineCount },
    meeting: { committee: row.committee, date: m.meetingDate, startTime: m.startTime, venue: m.venue, virtual: m.isVirtual },
    clerk: m.clerkName ? { name: m.clerkName, telephone: m.clerkPhone, email: m.clerkEmail } : null,
    members: members.map((x) => ({ name: x.name, role: x.role })),
    agendaItems: items.sort(byOrder).map((i) => ({
      number: i.numberLabel, title: i.title, section: i.sectionId !== null ? sectionHeading.get(i.sectionId) ?? null : null,
      pageStart: i.pageStart, pageEnd: i.pageEnd,
    })),
    reports: reportRows.sort(byOrder).map((r) => ({
      agendaItem: r.agendaItemId !== null ? itemNumber.get(r.agendaItemId) ?? null : null,
      title: r.title, from: r.fromText, keyDecision: r.keyDecision, forwardPlanRef: r.forwardPlanRef, purpose: r.purpose,
      recommendations: inReports(recs)(r.id).sort(byOrder).map((x) => ({ label: x.label, text: x.text })),
      officerContacts: inReports(contacts)(r.id).filter((c) => c.contactType === "officer").sort(byOrder).map(contact),
      memberContacts: inReports(contacts)(r.id).filter((c) => c.contactType === "member").sort(byOrder).map(contact),
      implications: inReports(implications)(r.id).sort(byOrder).map((i) => ({ category: i.category, text: i.text })),
      sourceDocuments: inReports(sourceDocs)(r.id).sort(byOrder).map((d) => ({ title: d.title, location: d.location })),
    })),
    minutes,
    actionLog: updates.map(({ u, a }) => ({
      meetingDate: a.originMeetingDate, minuteNumber: a.minuteNumber, itemTitle: a.itemTitle, responsible: a.responsible,
      action: a.description, comments: u.comment, status: u.status,
    })),
    agendaPlan: plan.sort(byOrder).map((e) => ({
      meetingDate: e.meetingDate, item: e.item, leadOfficer: e.leadOfficer, keyDecisionRef: e.keyDecisionRef,
      draftDeadline: e.draftDeadline, despatchDate: e.despatchDate,
    })),
    workshops: workshops.sort(byOrder).map((w) => ({
      date: w.workshopDate, dateAsPrinted: w.dateAsPrinted,
      items: workshopItems.filter((i) => i.workshopId === w.id).sort(byOrder).map((i) => ({ number: i.number, title: i.title, presenter: i.presenter })),
    })),
    strategies: strategies.map((s) => ({
      title: s.title,
      priorities: priorities.filter((p) => p.strategyId === s.id).sort(byOrder).map((p) => ({
        number: p.number, title: p.title, outcomes: outcomes.filter((o) => o.priorityId === p.id).sort(byOrder).map((o) => o.text),
      })),
      actions: strategyActions.filter((a) => a.strategyId === s.id).sort(byOrder).map((a) => ({
        ref: a.ref, priority: a.priorityId !== null ? priorityNumber.get(a.priorityId) ?? null : null, description: a.description,
        leadOfficer: a.leadOfficer, firstMilestone: a.firstMilestone, continuesUntil: a.continuesUntil, resources: a.resources,
        risks: a.risks, outputs: a.outputs, decisionRoute: a.decisionRoute,
      })),
    })),
    budgetLines: budget.sort(byOrder).map((b) => ({
      table: b.tableName, line: b.lineAsPrinted, unit: b.unit, isTotal: b.isTotal, budget: b.budget, actual: b.actual,
      variance: b.variance, previousVariance: b.previousVariance,
    })),
    fundingFacts: facts.sort((a, b) => byOrder(a.f, b.f)).map(({ f, reportTitle }) => ({
      label: f.label, amountGbp: f.amountGbp, asPrinted: f.asPrinted, reportTitle,
    })),
    outsideBodies: [...bodies.values()].sort((a, b) => (a.body.number ?? 0) - (b.body.number ?? 0) || a.body.id - b.body.id).map(({ body, reps }) => ({
      number: body.number, name: body.name, description: body.description, meetingsPerAnnum: body.meetingsPerAnnum,
      repsAppointed: body.repsAppointed,
      representatives: reps.sort(byOrder).map((r) => ({ name: r.nameAsPrinted, party: r.party, substitute: r.isSubstitute })),
      contact: body.contact,
    })),
    issues: [],
  };
}


