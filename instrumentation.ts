/** Runs once when the Next.js server starts (not during `next build`). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseUnsupportedMethods } = await import("./lib/security/unsupported-methods");
  refuseUnsupportedMethods();
  const { syncReplica } = await import("./lib/db");
  await syncReplica();
}
