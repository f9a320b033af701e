/** Title, description and address of the funding pages' paged lists, shared by their page 1 and later pages. */
export const FUNDING_LISTS = {
  "funding-reports": {
    title: "Finance reports",
    description: "Every finance report with budget tables, newest meeting first: budget, actual and forecast variance per budget line.",
    listPath: "/funding/reports",
  },
  "funding-lines": {
    title: "Budget lines across reports",
    description: "Budget lines printed in the finance reports of more than one meeting, A to Z, each with its figures report by report.",
    listPath: "/funding/lines",
  },
  "funding-facts": {
    title: "Sums of money quoted in reports",
    description: "Every sum of money quoted in the text of committee reports (grants, savings, overspends, contract values), in pounds and as printed, linked to its report.",
    listPath: "/funding/facts",
  },
} as const;
