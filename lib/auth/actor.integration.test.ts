import { beforeEach, describe, expect, it } from "vitest";
import { resolveActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { createToken, createUser } from "@/tests/integration/api-helpers";
import { resetDatabase } from "@/tests/integration/reset-db";
import { sessionCookie as sessionCookieHeader } from "@/tests/support/session-cookie";

async function sessionCookie(uid: string, signedInAt: number): Promise<Headers> {
  return new Headers({ cookie: await sessionCookieHeader(uid, signedInAt) });
}

beforeEach(resetDatabase);

describe("resolveActor", () => {
  it("recognises a signed-in user from the session cookie, with their current roles", async () => {
    const user = await createUser(["legal"], "Lee");
    const signedInAt = Date.now();
    const headers = await sessionCookie(user.id, signedInAt);
    // signedInAt: approving a notice accepts a sign-in of the last few minutes as re-authentication.
    expect(await resolveActor(headers)).toEqual({ kind: "user", id: user.id, email: user.email, name: "Lee", roles: ["legal"], signedInAt });
    await prisma.user.update({ where: { id: user.id }, data: { roles: ["legal", "comms"] } });
    expect((await resolveActor(headers))?.roles).toEqual(["legal", "comms"]);
  });

  it("ends a session a fixed time after sign-in, however active", async () => {
    const user = await createUser(["legal"]);
    const hours = serverEnv().BREACHDESK_SESSION_HOURS;
    const headers = await sessionCookie(user.id, Date.now() - hours * 3600 * 1000 - 1000);
    expect(await resolveActor(headers)).toBeNull();
  });

  it("ends the sessions of a deactivated user at once, and reactivation does not revive them", async () => {
    const user = await createUser(["legal"]);
    const headers = await sessionCookie(user.id, Date.now() - 1000);
    await prisma.user.update({ where: { id: user.id }, data: { active: false, sessionsValidAfter: new Date() } });
    expect(await resolveActor(headers)).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await resolveActor(headers)).toBeNull();
  });

  it("ignores a forged or garbled cookie", async () => {
    expect(await resolveActor(new Headers({ cookie: "next-auth.session-token=forged" }))).toBeNull();
  });

  it("recognises an API token and refuses a wrong or revoked one", async () => {
    const secret = await createToken(["engineer"]);
    expect(await resolveActor(new Headers({ authorization: `Bearer ${secret}` }))).toMatchObject({ kind: "token", roles: ["engineer"] });
    await expect(resolveActor(new Headers({ authorization: `Bearer ${secret}x` }))).rejects.toBeInstanceOf(AppError);
    await prisma.apiToken.updateMany({ data: { revokedAt: new Date() } });
    await expect(resolveActor(new Headers({ authorization: `Bearer ${secret}` }))).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("stores only the token's hash", async () => {
    const secret = await createToken(["engineer"]);
    const stored = await prisma.apiToken.findFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
