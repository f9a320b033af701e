import { z } from "zod";
import { optionalId, optionalLongText, optionalText, requiredId, requiredText } from "./fields";

export const strategySchema = z.object({
  title: requiredText("the strategy's title", 500),
  meetingId: requiredId("the meeting that considered it"),
});

export const strategyActionSchema = z.object({
  ref: requiredText("the reference, like 1.4", 20),
  priorityId: optionalId("the priority"),
  description: requiredText("the action", 5000),
  leadOfficer: optionalText("lead officer", 300),
  firstMilestone: optionalText("first milestone", 200),
  continuesUntil: optionalText("continues until", 200),
  resources: optionalLongText("resources", 5000),
  risks: optionalLongText("key risks", 5000),
  outputs: optionalLongText("outputs", 5000),
  decisionRoute: optionalText("decision route", 1000),
});
