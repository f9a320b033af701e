import { z } from "zod";
import { checkbox, optionalDate, optionalEmail, optionalText, requiredId, requiredText } from "./fields";

export const personSchema = z.object({
  fullName: requiredText("the person's full name", 200),
  honorific: optionalText("title, like Councillor or Dr", 60),
  email: optionalEmail("email"),
  phone: optionalText("telephone", 60),
  isCouncillor: checkbox(),
  party: optionalText("party", 60),
});

export const personAliasSchema = z.object({ alias: requiredText("the name as printed", 200) });

export const mergePeopleSchema = z
  .object({ keepId: requiredId("the record to keep"), mergeId: requiredId("the record to merge into it") })
  .refine((m) => m.keepId !== m.mergeId, { path: ["mergeId"], message: "Choose two different records" });

export const membershipSchema = z.object({
  personId: requiredId("the person"),
  role: z.enum(["chair", "vice_chair", "member", "substitute"], { error: "Choose the role" }),
  roleAsPrinted: optionalText("role as printed, like Vice-Chairwoman", 100),
  validFrom: optionalDate("from"),
  validTo: optionalDate("to"),
});

export const championRoleSchema = z.object({
  personId: requiredId("the person"),
  area: requiredText("the area, like Fenland", 200),
  roleLabel: requiredText("the role, like Area Champion", 200),
  validFrom: optionalDate("from"),
  validTo: optionalDate("to"),
});

export const postSchema = z.object({
  title: requiredText("the post's title", 300),
  organisation: optionalText("organisation", 300),
  validFrom: optionalDate("from"),
  validTo: optionalDate("to"),
});
