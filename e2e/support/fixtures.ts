import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_BASE_URL, RUNTIME_FILE, SCREENSHOTS_DIR, type TE2ERuntime } from "./paths";

export type TRoleName = "admin" | "commander" | "legal" | "engineer" | "comms" | "exec";
export type TTestUser = { id: string; email: string; name: string; password: string; roles: TRoleName[] };

function runtime(): TE2ERuntime {
  return JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
}

/** Every database the e2e run touches was made by serve.ts on this machine; refuse anything else. */
function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing to run e2e tests against ${host}`);
}

type TFixtures = {
  users: { create(roles: TRoleName[], name?: string): Promise<TTestUser> };
  /** Signs the page's browser context in as `user` and opens the incident list (what the sign-in form ends on). */
  signIn: (page: Page, user: TTestUser) => Promise<void>;
  /** The same through the sign-in page itself: typing, the button, the redirect. */
  signInThroughForm: (page: Page, user: TTestUser) => Promise<void>;
  adminApi: APIRequestContext;
};

export const test = base.extend<TFixtures>({
  adminApi: async ({ playwright }, provide) => {
    const { databaseUrl, fixtureToken } = runtime();
    assertLocalDatabase(databaseUrl);
    const context = await playwright.request.newContext({
      baseURL: E2E_BASE_URL,
      extraHTTPHeaders: { authorization: `Bearer ${fixtureToken}` },
    });
    await provide(context);
    await context.dispose();
  },
  users: async ({ adminApi }, provide) => {
    await provide({
      async create(roles, name) {
        const suffix = randomUUID().slice(0, 8);
        const displayName = name ?? `${roles[0] ?? "user"} ${suffix}`;
        const user = { email: `${roles.join("-")}-${suffix}@e2e.example`, name: displayName, password: `pw-${randomUUID()}`, roles };
        const response = await adminApi.post("/api/users", { data: user });
        expect(response.status(), await response.text()).toBe(201);
        const { user: created } = (await response.json()) as { user: { id: string } };
        return { ...user, id: created.id };
      },
    });
  },
  // What the sign-in form's next-auth client does (CSRF token, then the credentials callback), through the page's own
  // request context so the session cookie lands in its browser context: the same password check and session, without
  // loading and typing into the sign-in page, which auth.spec.ts and first-run.spec.ts go through.
  signIn: async ({}, provide) => {
    await provide(async (page, user) => {
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await page.request.post("/api/auth/callback/credentials", {
        form: { email: user.email, password: user.password, csrfToken, callbackUrl: `${E2E_BASE_URL}/incidents`, json: "true" },
      });
      const { url } = (await response.json()) as { url?: string };
      expect(url ?? "", `signing in ${user.email}`).not.toContain("error=");
      await page.goto("/incidents");
      await expect(page.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
    });
  },
  signInThroughForm: async ({}, provide) => {
    await provide(async (page, user) => {
      await page.goto("/signin");
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
    });
  },
});

export { expect };

/** Saves a screenshot under e2e/.artifacts/screenshots, to look at after the run: the full page, or its first screen. */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage });
}
