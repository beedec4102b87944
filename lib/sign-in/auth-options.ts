import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env";
import { verifyCredentials } from "@/lib/sign-in/verify-credentials";
import { SIGN_IN_REFUSED } from "@/lib/auth/sign-in-refusal";
import { findOrCreateSsoUser } from "@/lib/users/sso";

declare module "next-auth" {
  interface Session {
    userId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** When this sign-in happened (ms); sessions end a fixed time after it, however active. */
    signedInAt?: number;
  }
}

export function oidcConfigured(): boolean {
  return serverEnv().OIDC_ISSUER !== undefined;
}

export function oidcDisplayName(): string {
  return serverEnv().OIDC_NAME ?? "Single sign-on";
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = serverEnv();
  const maxAge = Math.round(env.BREACHDESK_SESSION_HOURS * 3600);
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) throw new Error(SIGN_IN_REFUSED);
        const result = await verifyCredentials(email, password);
        if (!result.ok) throw new Error(SIGN_IN_REFUSED);
        return result.user;
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    const issuer = env.OIDC_ISSUER.replace(/\/$/, "");
    providers.push({
      id: "oidc",
      name: oidcDisplayName(),
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? profile.sub };
      },
    });
  }

  cached = {
    secret: env.NEXTAUTH_SECRET,
    providers,
    session: { strategy: "jwt", maxAge, updateAge: Math.min(maxAge, 15 * 60) },
    jwt: { maxAge },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const local = await findOrCreateSsoUser({
          issuer: env.OIDC_ISSUER ?? "",
          subject: account.providerAccountId,
          email: user.email ?? null,
          name: user.name ?? null,
        });
        if (!local) return "/signin?error=AccessDenied";
        user.id = local.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.signedInAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        session.userId = token.uid ?? "";
        return session;
      },
    },
    logger: {
      // next-auth logs whole error objects, which can carry credentials or tokens: log the code only.
      error(code) {
        console.error(JSON.stringify({ level: "error", source: "next-auth", code }));
      },
      warn(code) {
        if (code !== "NEXTAUTH_URL") console.warn(JSON.stringify({ level: "warn", source: "next-auth", code }));
      },
      debug() {},
    },
  };
  return cached;
}
