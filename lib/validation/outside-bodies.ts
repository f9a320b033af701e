import { z } from "zod";
import { checkbox, optionalId, optionalLongText, optionalText, optionalWholeNumber, requiredText } from "./fields";

export const outsideBodySchema = z.object({
  number: optionalWholeNumber("number", 0, 10_000),
  name: requiredText("the body's name", 300),
  description: optionalLongText("description", 10_000),
  meetingsPerAnnum: optionalText("meetings per year", 60),
  repsAppointed: optionalText("representatives appointed", 100),
  contact: optionalLongText("contact details", 2000),
  appointingCommitteeId: optionalId("the appointing committee"),
});

export const appointmentSchema = z.object({
  nameAsPrinted: requiredText("the name as printed", 200),
  personId: optionalId("the person"),
  party: optionalText("party", 60),
  isSubstitute: checkbox(),
});
