import { and, eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type DefaultSession, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { z } from "zod";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { authenticateWithPassword, clientAddress, normaliseEmail } from "./authenticate";
import { MAX_PASSWORD_LENGTH } from "./password";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "clerk" | "admin" } & DefaultSession["user"];
    /** The server-side session row (only the holder of the signed cookie can read it). */
    sid?: string;
  }
  interface User {
    role?: "clerk" | "admin";
  }
}

/** The one message for an unknown email, a wrong password and a disabled account. */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

/** Too many failures: the code carries the minutes to wait ("rate-limited:12"). */
export class TooManyAttempts extends CredentialsSignin {
  constructor(public retryAfterMinutes: number) {
    super();
    this.code = `rate-limited:${retryAfterMinutes}`;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(MAX_PASSWORD_LENGTH),
});

/**
 * Microsoft Entra ID (OpenID Connect) is offered only when all three settings are present, and
 * only for a tenant-specific issuer: the multi-tenant endpoints (/common, /organizations,
 * /consumers) accept accounts whose email claim nobody has verified for this council.
 */
export function entraIdConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER ?? "";
  return Boolean(env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET && issuer) && !/\/(common|organizations|consumers)(\/|$)/.test(issuer);
}

const ENTRA_ID = "microsoft-entra-id";

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { email: { label: "Email address" }, password: { label: "Password", type: "password" } },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success || !parsed.data.email || !parsed.data.password) throw new InvalidCredentials();
      const outcome = await authenticateWithPassword(db, { ...parsed.data, address: clientAddress(request.headers) });
      if (outcome.ok) return { id: String(outcome.user.id), email: outcome.user.email, name: outcome.user.name, role: outcome.user.role };
      if (outcome.reason === "rate-limited") throw new TooManyAttempts(outcome.retryAfterMinutes);
      throw new InvalidCredentials();
    },
  }),
];

if (entraIdConfigured()) {
  providers.push(
    MicrosoftEntraID({
      clientId: process.env.AUTH_MICROSOFT_ENTRA_ID_ID,
      clientSecret: process.env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
      issuer: process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      // No profile photo: it would be fetched from Graph on every sign-in and bloat the cookie.
      profile: (profile) => ({ id: profile.sub, name: profile.name, email: profile.email ?? profile.preferred_username ?? null }),
    }),
  );
}

/** Only an email already in `users` (and not disabled) may sign in through Entra ID. */
async function findEnabledUserByEmail(email: string | null | undefined) {
  if (!email) return undefined;
  return db.query.users.findFirst({ where: and(eq(users.email, normaliseEmail(email)), eq(users.disabled, false)) });
}

/**
 * Sessions are signed JWT cookies (HttpOnly, SameSite=Lax) that name a server-side row in
 * `sessions`; requireClerk (lib/auth/guards.ts) re-reads that row and the user on every call,
 * so sign-out, disabling and password resets take effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers,
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider === ENTRA_ID) return Boolean(await findEnabledUserByEmail(user.email));
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const dbUser = account.provider === ENTRA_ID ? await findEnabledUserByEmail(user.email) : await db.query.users.findFirst({ where: eq(users.id, Number(user.id)) });
        if (!dbUser) return null;
        if (account.provider === ENTRA_ID) await db.update(users).set({ lastSignInAt: new Date().toISOString() }).where(eq(users.id, dbUser.id));
        token.sub = String(dbUser.id);
        token.email = dbUser.email;
        token.name = dbUser.name;
        token.role = dbUser.role;
        token.sid = await startSession(db, dbUser.id);
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as "clerk" | "admin" | undefined) ?? "clerk";
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(db, sid);
    },
  },
});
