import type { AgendaPack } from "./contract";
import type { ParsedPack } from "./parsed";

/**
 * Project the importer's internal result onto the exact contract shape: every contract key,
 * nothing else (the schema forbids additional properties).
 */
export function toContractJson(p: ParsedPack): AgendaPack {
  return {
    source: { ...p.source },
    meeting: {
      committee: p.meeting.committee, date: p.meeting.date, startTime: p.meeting.startTime,
      venue: p.meeting.venue, virtual: p.meeting.virtual,
    },
    clerk: p.clerk && { name: p.clerk.name, telephone: p.clerk.telephone, email: p.clerk.email },
    members: p.members.map((m) => ({ name: m.name, role: m.role })),
    agendaItems: p.agendaItems.map((a) => ({
      number: a.number, title: a.title, section: a.section, pageStart: a.pageStart, pageEnd: a.pageEnd,
    })),
    reports: p.reports.map((r) => ({
      agendaItem: r.agendaItem, title: r.title, from: r.from, keyDecision: r.keyDecision,
      forwardPlanRef: r.forwardPlanRef, purpose: r.purpose,
      recommendations: r.recommendations.map((x) => ({ label: x.label, text: x.text })),
      officerContacts: r.officerContacts.map((c) => ({ name: c.name, post: c.post, email: c.email, telephone: c.telephone })),
      memberContacts: r.memberContacts.map((c) => ({ name: c.name, post: c.post, email: c.email, telephone: c.telephone })),
      implications: r.implications.map((i) => ({ category: i.category, text: i.text })),
      sourceDocuments: r.sourceDocuments.map((d) => ({ title: d.title, location: d.location })),
    })),
    minutes: p.minutes.map((m) => ({
      meetingDate: m.meetingDate, startTime: m.startTime, endTime: m.endTime,
      present: m.present.map((a) => ({ name: a.name, role: a.role, substitutingFor: a.substitutingFor })),
      apologies: [...m.apologies],
      entries: m.entries.map((e) => ({
        number: e.number, title: e.title,
        resolutions: e.resolutions.map((r) => ({
          outcome: r.outcome, votesFor: r.votesFor, votesAgainst: r.votesAgainst, abstentions: r.abstentions,
          text: r.text, parts: r.parts.map((x) => ({ label: x.label, text: x.text })),
        })),
        actions: [...e.actions],
      })),
    })),
    actionLog: p.actionLog.map((a) => ({
      meetingDate: a.meetingDate, minuteNumber: a.minuteNumber, itemTitle: a.itemTitle,
      responsible: a.responsible, action: a.action, comments: a.comments, status: a.status,
    })),
    agendaPlan: p.agendaPlan.map((a) => ({
      meetingDate: a.meetingDate, item: a.item, leadOfficer: a.leadOfficer, keyDecisionRef: a.keyDecisionRef,
      draftDeadline: a.draftDeadline, despatchDate: a.despatchDate,
    })),
    workshops: p.workshops.map((w) => ({
      date: w.date, dateAsPrinted: w.dateAsPrinted,
      items: w.items.map((i) => ({ number: i.number, title: i.title, presenter: i.presenter })),
    })),
    strategies: p.strategies.map((s) => ({
      title: s.title,
      priorities: s.priorities.map((x) => ({ number: x.number, title: x.title, outcomes: [...x.outcomes] })),
      actions: s.actions.map((a) => ({
        ref: a.ref, priority: a.priority, description: a.description, leadOfficer: a.leadOfficer,
        firstMilestone: a.firstMilestone, continuesUntil: a.continuesUntil, resources: a.resources,
        risks: a.risks, outputs: a.outputs, decisionRoute: a.decisionRoute,
      })),
    })),
    budgetLines: p.budgetLines.map((b) => ({
      table: b.table, line: b.line, unit: b.unit, isTotal: b.isTotal, budget: b.budget, actual: b.actual,
      variance: b.variance, previousVariance: b.previousVariance,
    })),
    fundingFacts: p.fundingFacts.map((f) => ({ label: f.label, amountGbp: f.amountGbp, asPrinted: f.asPrinted, reportTitle: f.reportTitle })),
    outsideBodies: p.outsideBodies.map((o) => ({
      number: o.number, name: o.name, description: o.description, meetingsPerAnnum: o.meetingsPerAnnum,
      repsAppointed: o.repsAppointed,
      representatives: o.representatives.map((r) => ({ name: r.name, party: r.party, substitute: r.substitute })),
      contact: o.contact,
    })),
    issues: p.issues.map((i) => ({ severity: i.severity, code: i.code, line: i.line, message: i.message })),
  };
}
