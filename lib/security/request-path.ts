/** The path being asked for, passed by proxy.ts to dashboard pages (for the redirect back after sign-in). */
export const REQUEST_PATH_HEADER_NAME = "x-open-committee-path";
