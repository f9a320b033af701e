import { z } from "zod";
import { choice, optionalChoice, optionalEmail, optionalId, optionalLongText, optionalText, optionalWholeNumber, optionalYesNo, requiredText } from "./fields";

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

export const reportContactSchema = z.object({
  contactType: choice("officer or member", ["officer", "member"] as const),
  name: requiredText("the contact's name", 200),
  personId: optionalId("the person"),
  post: optionalText("post", 300),
  email: optionalEmail("email"),
  telephone: optionalText("telephone", 100),
});

export const reportImplicationSchema = z.object({
  category: requiredText("the category, like Equality and Diversity", 200),
  text: optionalLongText("the implications", 20_000),
});

export const environmentImplicationSchema = z.object({
  number: optionalWholeNumber("number", 0, 100),
  implication: requiredText("the implication", 1000),
  status: optionalChoice("the status", ["Positive", "Neutral", "Negative"] as const),
  explanation: optionalLongText("explanation", 10_000),
});

export const officerClearanceSchema = z.object({
  question: requiredText("the clearance question", 1000),
  answer: optionalText("answer", 500),
  officerName: optionalText("officer", 200),
});

export const reportSourceDocumentSchema = z.object({
  title: requiredText("the document's title", 500),
  location: optionalText("where it can be found (a web address or place)", 1000),
});

export const footnoteSchema = z.object({
  marker: requiredText("the marker, like 1", 10),
  text: requiredText("the footnote", 5000),
});
