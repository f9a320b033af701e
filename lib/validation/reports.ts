import { z } from "zod";
import { optionalId, optionalLongText, optionalText, optionalYesNo, requiredText } from "./fields";

export const reportSchema = z.object({
  title: requiredText("the report's title", 500),
  agendaItemId: optionalId("the agenda item"),
  toText: optionalText("who the report is to", 300),
  meetingDateAsPrinted: optionalText("the meeting date as printed", 100),
  fromText: optionalText("who the report is from", 500),
  electoralDivisions: optionalText("electoral divisions", 300),
  keyDecision: optionalYesNo("it is a key decision"),
  keyDecisionAsPrinted: optionalText("key decision as printed", 100),
  forwardPlanRef: optionalText("forward plan reference", 60),
  purpose: optionalLongText("purpose", 10_000),
  recommendationLeadIn: optionalText("recommendation lead-in", 500),
  body: optionalLongText("the report body", 500_000),
});

export const recommendationSchema = z.object({
  label: optionalText("label, like a) or (b)", 20),
  text: requiredText("the recommendation", 5000),
});
