import { siteConfig } from "@/lib/site-config";

/**
 * Title, description and address of the paged lists whose page 1 and later pages are separate
 * routes, so both take them from here.
 */
export const LIST_META = {
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
  strategies: {
    title: "Strategies and delivery plans",
    description: "Committee delivery plans and action logs: priorities, the outcomes they aim for, and each action with its lead officer, dates, resources, risks and outputs.",
    listPath: "/strategies",
  },
  people: {
    title: "People",
    description: `Councillors and officers named in ${siteConfig.councilName} committee papers: their committee roles, appointments, attendance, reports and actions.`,
    listPath: "/people",
  },
  "outside-bodies": {
    title: "Outside bodies",
    description: `Partnerships, panels and charities to which ${siteConfig.councilName} committees appoint councillors, with their representatives and contacts.`,
    listPath: "/outside-bodies",
  },
} as const;
