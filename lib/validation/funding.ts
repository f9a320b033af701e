import { z } from "zod";
import { checkbox, choice, optionalAmount, optionalId, requiredAmount, requiredId, requiredText } from "./fields";

export const budgetLineSchema = z.object({ name: requiredText("the budget line's name", 300) });

export const budgetLineValueSchema = z.object({
  meetingId: requiredId("the meeting whose report printed the figures"),
  tableName: requiredText("the table's name", 300),
  lineAsPrinted: requiredText("the line as printed", 300),
  unit: choice("the unit", ["GBP", "GBP_thousands"] as const),
  isTotal: checkbox(),
  budget: optionalAmount("budget"),
  actual: optionalAmount("actual"),
  variance: optionalAmount("variance"),
  previousVariance: optionalAmount("previous variance"),
});

export const fundingFactSchema = z.object({
  label: requiredText("what the money is for", 500),
  amountGbp: requiredAmount("the amount in pounds"),
  asPrinted: requiredText("the amount as printed, like £1.4million", 100),
  reportId: optionalId("the report"),
});
