/**
 * Microsoft Entra ID (OpenID Connect) is offered only when all three settings are present, and
 * only for a tenant-specific issuer: the multi-tenant endpoints (/common, /organizations,
 * /consumers) accept accounts whose email claim nobody has verified for this council.
 */
export function entraIdConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER ?? "";
  return Boolean(env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET && issuer) && !/\/(common|organizations|consumers)(\/|$)/.test(issuer);
}
