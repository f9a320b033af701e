import { z } from "zod";
import { checkbox, optionalDate, optionalText, requiredId, requiredText } from "./fields";

export const agendaPlanEntrySchema = z.object({
  publishedWithMeetingId: requiredId("the meeting whose pack published the plan"),
  meetingDate: optionalDate("committee date"),
  meetingDateAsPrinted: optionalText("committee date as printed", 100),
  isReserve: checkbox(),
  isProvisional: checkbox(),
  item: requiredText("the agenda item", 1000),
  leadOfficer: optionalText("lead officer", 300),
  keyDecisionRef: optionalText("key decision reference", 60),
  draftDeadline: optionalDate("deadline for draft reports"),
  despatchDate: optionalDate("agenda despatch date"),
});
