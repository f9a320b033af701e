import { z } from "zod";
import { optionalLongText, optionalText, requiredText } from "./fields";

export const committeeSchema = z.object({
  name: requiredText("the committee's name", 200),
  shortName: optionalText("short name", 60),
  description: optionalLongText("description", 5000),
});
