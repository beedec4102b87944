import "server-only";
import { parse as parseCookies } from "cookie";
import { getToken } from "next-auth/jwt";
import { prisma } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { hashApiToken } from "@/lib/auth/api-token-secret";
import { isRole } from "@/lib/auth/roles";
import type { TActor } from "@/lib/auth/policy";

const TOKEN_LAST_USED_RESOLUTION_MS = 60_000;

/** Reads the bearer token, if the request carries one. */
export function bearerToken(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}

/**
 * Who is calling: an API token (Authorization: Bearer) or a signed-in user (session cookie), or null.
 * Every call re-reads the account, so a deactivated user or a revoked token is refused at once.
 * A bearer token that is wrong is an error, not an anonymous call.
 */
export async function resolveActor(headers: Headers, now = new Date()): Promise<TActor | null> {
  const secret = bearerToken(headers);
  if (secret !== null) return actorFromApiToken(secret, now);
  return actorFromSession(headers, now);
}

// The lookups below run on every API request (and before every send of a live stream), so they are plain SQL on
// the pg pool (a fraction of Prisma's CPU per call). They are deliberately not cached: a revoked token or a
// deactivated user is refused at once, by every process. roles are cast to text[] because pg does not parse arrays
// of an enum type.

type TTokenRow = { id: string; name: string; roles: string[]; lastUsedAt: Date | null; revokedAt: Date | null };

async function readToken(column: "token_hash" | "id", value: string): Promise<TTokenRow | undefined> {
  const [token] = await sqlRows<TTokenRow>(
    `SELECT id, name, roles::text[] AS roles, last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
       FROM api_tokens WHERE ${column === "id" ? "id = $1::uuid" : "token_hash = $1"}`,
    [value],
  );
  return token;
}

function tokenActor(token: TTokenRow): TActor {
  return { kind: "token", id: token.id, name: token.name, roles: token.roles.filter(isRole) };
}

async function actorFromApiToken(secret: string, now: Date): Promise<TActor> {
  const token = await readToken("token_hash", hashApiToken(secret));
  if (!token || token.revokedAt) throw AppError.unauthenticated("The API token is not valid or has been revoked.");
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOKEN_LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return tokenActor(token);
}

/** When a session signed in at `signedInAt` (ms) ends, however active: a fixed time after sign-in. */
export function sessionEndsAt(signedInAt: number): number {
  return signedInAt + serverEnv().BREACHDESK_SESSION_HOURS * 3600 * 1000;
}

async function actorFromSession(headers: Headers, now: Date): Promise<TActor | null> {
  const jwt = await getToken({
    // next-auth reads the session from `req.cookies`, not from the raw Cookie header.
    req: { headers: Object.fromEntries(headers.entries()), cookies: parseCookies(headers.get("cookie") ?? "") } as never,
    secret: serverEnv().NEXTAUTH_SECRET,
  }).catch(() => null);
  if (!jwt?.uid || typeof jwt.signedInAt !== "number") return null;
  return sessionUser(jwt.uid, jwt.signedInAt, now);
}

/**
 * The user of a session, as the database knows them now: null once the session has ended, the user is deactivated
 * or their sessions were ended (sessions_valid_after). Without `signedInAt` (an actor not built from a session) only
 * the account itself is checked.
 */
async function sessionUser(userId: string, signedInAt: number | undefined, now: Date): Promise<TActor | null> {
  if (signedInAt !== undefined && sessionEndsAt(signedInAt) <= now.getTime()) return null;
  const [user] = await sqlRows<{ id: string; email: string; name: string; roles: string[]; active: boolean; sessionsValidAfter: Date }>(
    `SELECT id, email, name, roles::text[] AS roles, active, sessions_valid_after AS "sessionsValidAfter"
       FROM users WHERE id = $1::uuid`,
    [userId],
  );
  if (!user || !user.active) return null;
  if (signedInAt !== undefined && signedInAt < user.sessionsValidAfter.getTime()) return null;
  return { kind: "user", id: user.id, email: user.email, name: user.name, roles: user.roles.filter(isRole), ...(signedInAt !== undefined ? { signedInAt } : {}) };
}

/**
 * The same actor re-read now, for a long-lived connection (a live stream) that was authorised once: null when the
 * token has been revoked, the user deactivated or signed out everywhere, or the session has ended; otherwise the
 * actor with their current roles.
 */
export async function refreshActor(actor: TActor, now = new Date()): Promise<TActor | null> {
  if (actor.kind === "token") {
    const token = await readToken("id", actor.id);
    return token && !token.revokedAt ? tokenActor(token) : null;
  }
  return sessionUser(actor.id, actor.signedInAt, now);
}
