import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { TNoticeContent } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { actorOf, createToken, createUser, declareIncidentVia } from "@/tests/integration/api-helpers";
import { resetDatabase } from "@/tests/integration/reset-db";

// The real argon2 verification, counted: how many guesses reached the hash.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const { typicalVerifyMs, verifyPassword } = await import("@/lib/auth/password");
const { verifyCredentials } = await import("@/lib/sign-in/verify-credentials");
const { authOptions } = await import("@/lib/sign-in/auth-options");
const { FREE_ATTEMPTS } = await import("@/lib/auth/sign-in-throttle");

const PASSWORD = "a long test password";
const verifications = () => vi.mocked(verifyPassword).mock.calls.length;

/** The user, signed in an hour ago: approving needs the password again. */
function signedInLongAgo(user: Awaited<ReturnType<typeof createUser>>): TActor {
  return { kind: "user", id: user.id, email: user.email, name: user.name, roles: user.roles, signedInAt: Date.now() - 60 * 60_000 };
}

beforeEach(async () => {
  await resetDatabase();
  vi.mocked(verifyPassword).mockClear();
});

describe("sign-in throttling", () => {
  it("verifies at most the free attempts and the one that locks out of 50 parallel wrong sign-ins", async () => {
    const user = await createUser(["legal"]);
    const answers = await Promise.all(Array.from({ length: 50 }, () => verifyCredentials(user.email, "wrong password")));
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect(verifications()).toBeLessThanOrEqual(FREE_ATTEMPTS + 1);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // Locked: even the right password is refused, and not verified.
    const before = verifications();
    expect(await verifyCredentials(user.email, PASSWORD)).toEqual({ ok: false });
    expect(verifications()).toBe(before);
  });

  it("answers a wrong password, a locked, a deactivated and an unknown account the same way", async () => {
    const wrong = await createUser(["legal"]);
    const locked = await createUser(["legal"]);
    const deactivated = await createUser(["legal"]);
    await prisma.user.update({ where: { id: locked.id }, data: { lockedUntil: new Date(Date.now() + 60_000), failedSignIns: FREE_ATTEMPTS + 1 } });
    await prisma.user.update({ where: { id: deactivated.id }, data: { active: false } });
    const authorize = (authOptions().providers[0] as unknown as { options: { authorize: (c: Record<string, string>) => Promise<unknown> } }).options.authorize;
    const attempts = [
      { email: wrong.email, password: "wrong password" },
      { email: locked.email, password: PASSWORD },
      { email: deactivated.email, password: PASSWORD },
      { email: "nobody@test.example", password: PASSWORD },
    ];
    const results = await Promise.all(attempts.map((a) => verifyCredentials(a.email, a.password)));
    expect(results).toEqual([{ ok: false }, { ok: false }, { ok: false }, { ok: false }]);
    const messages = await Promise.all(attempts.map((a) => authorize(a).then(() => "signed in", (e: Error) => e.message)));
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toContain("The e-mail address or password is wrong.");

    // No quick answer for a locked account either: it takes as long as a verification, without doing one.
    const before = verifications();
    const started = performance.now();
    const expected = typicalVerifyMs();
    await verifyCredentials(locked.email, PASSWORD);
    expect(performance.now() - started).toBeGreaterThanOrEqual(expected * 0.9);
    expect(verifications()).toBe(before);
    // An unknown account is verified against a decoy hash, as long as a real one.
    await verifyCredentials("nobody@test.example", PASSWORD);
    expect(verifications()).toBe(before + 1);
  });

  it("lets the right password in after the lock has passed, and clears the count", async () => {
    const user = await createUser(["legal"]);
    for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt += 1) await verifyCredentials(user.email, "wrong password");
    expect(await verifyCredentials(user.email, PASSWORD)).toEqual({ ok: false });
    expect(await verifyCredentials(user.email, PASSWORD, new Date(Date.now() + 31_000))).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { failedSignIns: true, lockedUntil: true } })).toEqual({ failedSignIns: 0, lockedUntil: null });
  });
});

describe("re-authentication before approving a notice", () => {
  async function noticeToApprove() {
    const commander = await createUser(["commander"], "Casey");
    const comms = actorOf(await createUser(["comms"], "Cam"));
    const incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id);
    const { id: noticeId } = await createNotice(comms, incidentId, { templateId: "gdpr-33" });
    const detail = await getNotice(comms, incidentId, noticeId);
    const content = detail.latest!.content as TNoticeContent;
    const saved = await saveNoticeVersion(comms, incidentId, noticeId, {
      content: { ...content, sections: content.sections.map((s) => ({ ...s, body: `${s.heading}: filled in.` })) },
      recipients: [{ address: "dpa@example.eu" }],
      basedOnVersion: 1,
    });
    return { incidentId, noticeId, versionId: saved.versionId, contentHash: saved.contentHash };
  }

  async function refusal(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  it("counts wrong passwords on the sign-in counter: 20 of them lock the account, and then the right one is refused", async () => {
    const notice = await noticeToApprove();
    const legalUser = await createUser(["legal"], "Lee");
    const legal = signedInLongAgo(legalUser);
    const decide = (password: string, now = new Date()) =>
      decideNotice(legal, notice.incidentId, notice.noticeId, { versionId: notice.versionId, contentHash: notice.contentHash, decision: "approve", password }, now);

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) statuses.push((await refusal(decide("wrong password!"))).status);
    expect(statuses.slice(0, FREE_ATTEMPTS + 1)).toEqual(Array(FREE_ATTEMPTS + 1).fill(403));
    expect(statuses.slice(FREE_ATTEMPTS + 1)).toEqual(Array(20 - FREE_ATTEMPTS - 1).fill(429));
    expect(verifications()).toBe(FREE_ATTEMPTS + 1);

    const locked = await refusal(decide(PASSWORD));
    expect(locked.status).toBe(429);
    expect(locked.invalidParams.map((p) => p.name)).toEqual(["password"]);
    // The same counter: sign-in is locked too.
    expect(await verifyCredentials(legalUser.email, PASSWORD)).toEqual({ ok: false });

    // Once the lock has passed, the right password approves.
    const later = new Date(Date.now() + 16 * 60_000);
    await expect(decide(PASSWORD, later)).resolves.toMatchObject({ role: "legal" });
  });

  it("refuses re-authentication of an account that wrong sign-ins have locked", async () => {
    const notice = await noticeToApprove();
    const legalUser = await createUser(["legal"], "Lee");
    for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt += 1) await verifyCredentials(legalUser.email, "wrong password");
    const legal = signedInLongAgo(legalUser);
    const error = await refusal(
      decideNotice(legal, notice.incidentId, notice.noticeId, { versionId: notice.versionId, contentHash: notice.contentHash, decision: "approve", password: PASSWORD }),
    );
    expect(error.status).toBe(429);
  });
});
