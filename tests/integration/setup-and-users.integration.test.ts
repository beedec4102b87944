import { beforeEach, describe, expect, it } from "vitest";
import { POST as setupRoute } from "@/app/api/setup/route";
import { PATCH as updateUserRoute } from "@/app/api/users/[id]/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as livenessRoute } from "@/app/api/health/live/route";
import { verifyCredentials } from "@/lib/sign-in/verify-credentials";
import { FREE_ATTEMPTS } from "@/lib/auth/sign-in-throttle";
import { prisma } from "@/lib/db";
import { isSetupComplete } from "@/lib/setup/service";
import { resetDatabase } from "./reset-db";
import { call, createToken, createUser } from "./api-helpers";

beforeEach(resetDatabase);

describe("first-run setup", () => {
  it("creates exactly one administrator when two submissions race", async () => {
    const [a, b] = await Promise.all([
      call(setupRoute, "POST", "/api/setup", { json: { email: "ana@example.com", name: "Ana", password: "a long password one" } }),
      call(setupRoute, "POST", "/api/setup", { json: { email: "bob@example.com", name: "Bob", password: "a long password two" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await prisma.user.count()).toBe(1);
    expect((await prisma.user.findFirstOrThrow()).roles).toEqual(["admin"]);
    expect(await isSetupComplete()).toBe(true);
  });

  it("is refused once done", async () => {
    await call(setupRoute, "POST", "/api/setup", { json: { email: "ana@example.com", name: "Ana", password: "a long password one" } });
    const again = await call(setupRoute, "POST", "/api/setup", { json: { email: "eve@example.com", name: "Eve", password: "a long password two" } });
    expect(again.status).toBe(409);
    expect(await prisma.user.count()).toBe(1);
  });

  it("names the bad fields and creates nothing", async () => {
    const response = await call(setupRoute, "POST", "/api/setup", { json: { email: "nope", name: "", password: "short" } });
    expect(response.status).toBe(400);
    expect((response.body?.invalid_params as { name: string }[]).map((p) => p.name).sort()).toEqual(["email", "name", "password"]);
    expect(await prisma.user.count()).toBe(0);
    expect(await isSetupComplete()).toBe(false);
  });
});

describe("sign-in", () => {
  it("accepts the right password, stores only an argon2 hash, and treats e-mail case-insensitively", async () => {
    const user = await createUser(["legal"]);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(user.email.toUpperCase(), "a long test password")).toMatchObject({ ok: true });
  });

  it("slows repeated failures down by locking the account, even for the right password", async () => {
    const user = await createUser(["legal"]);
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
      expect(await verifyCredentials(user.email, "wrong password")).toEqual({ ok: false });
    }
    expect(await verifyCredentials(user.email, "wrong password")).toEqual({ ok: false });
    expect(await verifyCredentials(user.email, "a long test password")).toEqual({ ok: false });
    const later = new Date(Date.now() + 31_000);
    expect(await verifyCredentials(user.email, "a long test password", later)).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignIns).toBe(0);
  });

  it("refuses a deactivated user", async () => {
    const user = await createUser(["legal"]);
    const adminToken = await createToken(["admin"]);
    const response = await call(updateUserRoute, "PATCH", `/api/users/${user.id}`, { token: adminToken, json: { active: false }, params: { id: user.id } });
    expect(response.status).toBe(200);
    expect(await verifyCredentials(user.email, "a long test password")).toEqual({ ok: false });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(user.createdAt.getTime());
  });
});

describe("user administration", () => {
  it("gives a user several roles, and only an admin may", async () => {
    const user = await createUser(["engineer"]);
    const adminToken = await createToken(["admin"]);
    const commanderToken = await createToken(["commander"]);
    const refused = await call(updateUserRoute, "PATCH", `/api/users/${user.id}`, { token: commanderToken, json: { roles: ["admin"] }, params: { id: user.id } });
    expect(refused.status).toBe(403);
    const ok = await call(updateUserRoute, "PATCH", `/api/users/${user.id}`, { token: adminToken, json: { roles: ["engineer", "comms"] }, params: { id: user.id } });
    expect(ok.status).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).roles.sort()).toEqual(["comms", "engineer"]);
    const badRole = await call(updateUserRoute, "PATCH", `/api/users/${user.id}`, { token: adminToken, json: { roles: ["root"] }, params: { id: user.id } });
    expect(badRole.status).toBe(400);
    expect((badRole.body?.invalid_params as { name: string }[])[0]?.name).toBe("roles.0");
  });
});

describe("GET /api/health", () => {
  it("reports the database up", async () => {
    const response = await call(healthRoute, "GET", "/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "ok", database: { status: "up" } });
  });
});

describe("GET /api/health/live", () => {
  it("answers for the process alone, without a session and without asking the database", async () => {
    const response = await call(livenessRoute, "GET", "/api/health/live");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });
});

describe("health when the database is down", () => {
  it("reports it down instead of failing or hanging", async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("@/lib/generated/prisma/client");
    const { checkHealth } = await import("@/lib/health");
    // Port 1 on loopback: nothing listens there, so the connection is refused.
    const dead = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://x:y@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }) });
    const health = await checkHealth(dead);
    expect(health).toEqual({ status: "unavailable", database: { status: "down", error: "unreachable" } });
    await dead.$disconnect();
  });
});
