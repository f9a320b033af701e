/** The accounts the e2e web server creates at test start (scripts/e2e-users.ts). */
export const E2E_ROLES = ["admin", "clerk", "limitedClerk", "disabledClerk"] as const;
export type E2ERole = (typeof E2E_ROLES)[number];

export interface E2ECredentials {
  email: string;
  password: string;
  userId: number;
  /** For limitedClerk: the committees they may edit (the first committee in the database). */
  committeeSlugs?: string[];
}

export type E2EUsers = Record<E2ERole, E2ECredentials>;
