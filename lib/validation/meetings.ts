import { z } from "zod";
import { checkbox, choice, optionalEmail, optionalLongText, optionalText, optionalTime, optionalWholeNumber, requiredDate, requiredText } from "./fields";

export const MEETING_STATUSES = ["scheduled", "held", "cancelled", "postponed", "reserve", "provisional"] as const;

export const meetingSchema = z
  .object({
    meetingDate: requiredDate("the meeting date"),
    startTime: optionalTime("start time"),
    endTime: optionalTime("end time"),
    venue: optionalText("venue", 300),
    room: optionalText("room", 100),
    isVirtual: checkbox(),
    virtualPlatforms: optionalText("virtual platforms", 200),
    status: choice("the meeting's status", MEETING_STATUSES),
    statusNote: optionalText("the note for readers", 1000),
    clerkName: optionalText("clerk's name", 200),
    clerkPhone: optionalText("clerk's telephone", 60),
    clerkEmail: optionalEmail("clerk's email"),
  })
  .superRefine((m, ctx) => {
    if ((m.status === "cancelled" || m.status === "postponed") && !m.statusNote) {
      ctx.addIssue({ code: "custom", path: ["statusNote"], message: `Enter a note for readers saying why the meeting was ${m.status}${m.status === "postponed" ? " and to when" : ""}` });
    }
    if (m.startTime && m.endTime && m.endTime <= m.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "End time must be after the start time" });
    }
  });

export const AGENDA_ITEM_KINDS = ["apologies", "minutes", "action_log", "petitions", "report", "oral_update", "next_meeting", "notification", "other"] as const;

export const agendaItemSchema = z
  .object({
    numberLabel: requiredText("the item number, like 5 or 2a", 20),
    title: requiredText("the item's title", 500),
    itemKind: choice("the kind of item", AGENDA_ITEM_KINDS),
    pageStart: optionalWholeNumber("first page", 1, 10_000),
    pageEnd: optionalWholeNumber("last page", 1, 10_000),
    bodyText: optionalLongText("text printed with the item", 20_000),
  })
  .superRefine((a, ctx) => {
    if (a.pageStart != null && a.pageEnd != null && a.pageEnd < a.pageStart) {
      ctx.addIssue({ code: "custom", path: ["pageEnd"], message: "Last page must be the first page or later" });
    }
  });
