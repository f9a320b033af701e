import { z } from "zod";
import { choice, optionalChoice, optionalId, optionalLongText, optionalText, optionalTime, optionalWholeNumber, requiredLongText, requiredText } from "./fields";

export const minutesSchema = z
  .object({ startTime: optionalTime("start time"), endTime: optionalTime("end time") })
  .superRefine((m, ctx) => {
    if (m.startTime && m.endTime && m.endTime <= m.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "End time must be after the start time" });
  });

export const ATTENDANCE_STATUSES = ["present", "apologies", "in_attendance"] as const;

export const attendanceSchema = z.object({
  nameAsPrinted: requiredText("the name as printed", 200),
  personId: optionalId("the person"),
  status: choice("whether they were present", ATTENDANCE_STATUSES),
  roleLabel: optionalText("role", 200),
  substitutingFor: optionalText("who they substituted for", 200),
});

export const minuteEntrySchema = z.object({
  minuteNumber: optionalWholeNumber("minute number", 0, 1_000_000),
  numberLabel: optionalText("number as printed", 40),
  title: requiredText("the minute's title", 500),
  body: optionalLongText("the minute's text", 100_000),
  reportId: optionalId("the report considered"),
});

export const RESOLUTION_OUTCOMES = ["unanimous", "majority", "carried", "lost"] as const;

export const resolutionSchema = z
  .object({
    preamble: optionalText("preamble", 2000),
    outcome: optionalChoice("the outcome", RESOLUTION_OUTCOMES),
    votesFor: optionalWholeNumber("votes for", 0, 500),
    votesAgainst: optionalWholeNumber("votes against", 0, 500),
    abstentions: optionalWholeNumber("abstentions", 0, 500),
    text: requiredLongText("what was resolved", 20_000),
  })
  .superRefine((r, ctx) => {
    if (r.outcome === "unanimous" && (r.votesAgainst ?? 0) > 0) {
      ctx.addIssue({ code: "custom", path: ["votesAgainst"], message: "A unanimous resolution has no votes against" });
    }
    if (r.outcome === "lost" && r.votesFor != null && r.votesAgainst != null && r.votesFor > r.votesAgainst) {
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "More votes for than against: the motion was carried, not lost" });
    }
  });

export const resolutionPartSchema = z.object({
  label: optionalText("label, like a)", 20),
  text: requiredText("the part's text", 5000),
});
