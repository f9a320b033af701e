/**
 * Words for the synthetic council, in the demo packs' vocabulary (Cambridgeshire County
 * Council's committee papers): committee names, the standing agenda items, report subjects,
 * officers' posts, venues. Invented people only; no real person's name is used.
 */
export const COMMITTEES = [
  "Communities and Partnership Committee", "Adults and Health Committee", "Children and Young People Committee",
  "Environment and Green Investment Committee", "Highways and Transport Committee", "Economy and Environment Committee",
  "Strategy and Resources Committee", "Audit and Accounts Committee", "Pension Fund Committee", "Pension Fund Board",
  "Health and Wellbeing Board", "Health Committee", "Commercial and Investment Committee", "Assets and Procurement Committee",
  "Employment Committee", "Constitution and Ethics Committee", "General Purposes Committee", "Planning Committee",
  "Fire Authority Overview and Scrutiny Committee", "Shared Services Joint Committee", "Corporate Parenting Sub-Committee",
  "Libraries and Heritage Committee", "Public Health Reference Group", "Flood and Water Management Committee",
  "Rural Affairs and Market Towns Committee",
] as const;

export const SUBJECTS = [
  "Local Assistance Scheme", "Library Service Review", "Community Resilience Strategy", "Social Mobility", "Domestic Abuse Support",
  "Adult Learning and Skills", "Registration and Coroner Services", "Cambridgeshire Skills Service", "Innovate and Cultivate Fund",
  "Community Safety Partnership", "Think Communities Approach", "Household Support Fund", "Trading Standards Enforcement",
  "Rural Broadband Rollout", "Highways Maintenance Programme", "Active Travel Schemes", "Bus Service Improvement Plan",
  "Flood Risk Management Strategy", "Waste Disposal Contract", "Climate Change and Environment Strategy", "Carbon Budget",
  "School Place Planning", "Home to School Transport", "Special Educational Needs Provision", "Children's Centres",
  "Foster Carer Recruitment", "Care Home Commissioning", "Home Care Framework", "Carers Strategy", "Public Health Grant",
  "Drug and Alcohol Treatment Services", "Healthy Child Programme", "Mental Health Support", "Pension Fund Investment Strategy",
  "Treasury Management Strategy", "Capital Programme", "Business Planning Proposals", "Corporate Risk Register",
  "Internal Audit Progress", "Workforce Strategy", "Digital Strategy", "Property Disposals", "Solar Farm Programme",
  "Market Towns Programme", "Heritage and Archives Service", "Road Safety Partnership", "Street Lighting Contract",
  "Minerals and Waste Local Plan", "Cultural Services", "Voluntary Sector Infrastructure", "Community Transport",
] as const;

/** Report title patterns: "%s" is a subject. */
export const REPORT_TITLES = [
  "%s", "%s: Annual Report", "Review of the %s", "%s - Performance Update", "Recommissioning of the %s", "%s Consultation Outcome",
  "%s: Progress Report", "Proposals for the %s", "%s - Business Case", "%s Delivery Plan",
] as const;

export const FIRST_NAMES = [
  "Alex", "Anna", "Ben", "Catherine", "Daniel", "Eleanor", "Fiona", "Gareth", "Hannah", "Ian", "Jasmine", "Keith", "Laura", "Martin",
  "Nadia", "Owen", "Priya", "Rachel", "Simon", "Tom", "Ursula", "Victor", "Wendy", "Yasmin", "Zoe", "Graham", "Helen", "Joanna",
  "Kevin", "Lorna", "Mark", "Nicola", "Peter", "Rosa", "Stephen", "Tessa",
] as const;

export const SURNAMES = [
  "Ashworth", "Blakemore", "Carrow", "Dunmore", "Ellery", "Fenwick", "Garside", "Holloway", "Ingleby", "Jarrold", "Kettering",
  "Lambourne", "Merriman", "Northcott", "Oakhurst", "Pemberton", "Quarrie", "Redfern", "Stainton", "Thornbury", "Underhill",
  "Vickery", "Whitlock", "Yardley", "Abbotsley", "Brampton", "Chatteris", "Doddington", "Elsworth", "Fulbourn", "Girton",
  "Histon", "Kimbolton", "Linton", "Meldreth", "Oakington", "Papworth", "Ramsey", "Sawston", "Toft", "Upwood", "Whittlesey",
] as const;

export const OFFICER_POSTS = [
  "Service Director: Communities and Partnerships", "Head of Libraries, Archives and Culture", "Strategic Finance Business Partner",
  "Service Director: Adults and Safeguarding", "Head of Community Safety", "Assistant Director: Highways Maintenance",
  "Director of Public Health", "Head of Integrated Finance", "Transformation Manager", "Head of Procurement",
  "Service Director: Education", "Children and Families Commissioning Manager", "Head of Climate Change and Energy Services",
] as const;

export const PARTIES = ["Conservative", "Liberal Democrat", "Labour", "Independent", "Green"] as const;

export const VENUES = [
  "Shire Hall, Castle Hill, Cambridge, CB3 0AP", "New Shire Hall, Emery Crescent, Enterprise Campus, Alconbury Weald, PE28 4YE",
  "Council Chamber, Fenland Hall, County Road, March, PE15 8NQ", "Civic Suite, Pathfinder House, St Mary's Street, Huntingdon, PE29 3TN",
] as const;

export const BUDGET_LINES = [
  "Strategic Management - Communities and Partnerships", "Public Library Services", "Cambridgeshire Skills", "Archives",
  "Cultural Services", "Registration & Citizenship Services", "Coroners", "Trading Standards", "Domestic Abuse and Sexual Violence Service",
  "Think Communities", "Youth and Community Services", "Community Safety", "Highways Maintenance", "Adult Social Care Commissioning",
] as const;

export const ACTION_TEXTS = [
  "Circulate the revised figures to members before the next meeting", "Provide a briefing note on the consultation responses",
  "Bring a progress report to a future meeting", "Write to the partner organisations with the committee's comments",
  "Arrange a member workshop on the proposals", "Share the performance dashboard with all councillors",
  "Confirm the timetable for the procurement", "Report back on the uptake by district",
] as const;

export const STATUSES = ["Completed", "Ongoing", "In progress", "Completed", "Closed"] as const;
