import { z } from "zod";
import { checkbox, optionalDate, optionalId, optionalLongText, optionalText, requiredText } from "./fields";

export const actionSchema = z.object({
  minuteNumber: optionalText("minute number", 40),
  originMeetingDate: optionalDate("date of the meeting that created it"),
  itemTitle: optionalText("item title", 500),
  description: requiredText("what is to be done", 5000),
  responsible: optionalText("who is responsible", 500),
  status: optionalText("status", 200),
  isComplete: checkbox(),
});

export const actionUpdateSchema = z.object({
  reportedAtMeetingId: optionalId("the meeting whose action log carried the update"),
  comment: optionalLongText("comment", 10_000),
  status: optionalText("status", 200),
});
