import { z } from "zod";
import { checkbox, optionalEmail, optionalText, requiredId, requiredText } from "./fields";

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
