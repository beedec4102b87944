import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { eventWith } from "./support/aws-events";
import { axeFailures } from "./support/axe";
import { expect, test, type TRoleName, type TTestUser } from "./support/fixtures";
import { saveNewYorkProfile } from "./support/seed";

/**
 * WCAG 2.2 AA, asserted with axe-core on every page and main state of the console. To cover a new page or state,
 * add one entry to STATES: who looks at it, and how to get there (a path, or steps that end in the state).
 */

type TWorld = { incidentId: string; findingId: string; bucket: string; noticeId: string };
type TState = {
  name: string;
  /** Signed in with these roles; null = signed out. */
  as: TRoleName[] | null;
  visit: (page: Page, world: TWorld) => Promise<void>;
};

const heading = (page: Page, name: string | RegExp) => expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

export const STATES: TState[] = [
  { name: "sign-in", as: null, visit: async (page) => { await page.goto("/signin"); await heading(page, /sign in/i); } },
  {
    name: "sign-in with a wrong password",
    as: null,
    visit: async (page) => {
      await page.goto("/signin");
      await page.getByLabel("E-mail").fill("nobody@e2e.example");
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText("Could not sign in")).toBeVisible();
    },
  },
  { name: "incidents, loaded", as: ["commander"], visit: async (page) => { await page.goto("/incidents"); await heading(page, "Incidents"); } },
  {
    name: "incidents, nothing matches the filters",
    as: ["commander"],
    visit: async (page) => {
      await page.goto("/incidents?status=eradicated&severity=low");
      await heading(page, "Incidents");
    },
  },
  {
    name: "declare incident with validation errors",
    as: ["commander"],
    visit: async (page) => {
      await page.goto("/incidents/new");
      await page.getByRole("button", { name: "Declare incident" }).click();
      await expect(page.getByText("Title is required")).toBeVisible();
    },
  },
  {
    name: "incident overview",
    as: ["commander"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}`);
      await expect(page.getByRole("list", { name: "Timeline, newest first" })).toBeVisible();
    },
  },
  {
    name: "incident overview, decision without a rationale",
    as: ["admin"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}`);
      await page.getByLabel("Note", { exact: true }).fill("We will not notify");
      await page.getByLabel("This is a decision").check();
      await page.getByRole("button", { name: "Record decision" }).click();
      await expect(page.getByText("Rationale is required for a decision")).toBeVisible();
    },
  },
  {
    name: "incident overview, back-dating panel open",
    as: ["admin"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}`);
      await page.getByText("Back-date or correct an earlier entry").click();
      await expect(page.getByText("Back-date or correct an earlier entry").locator("xpath=..")).toHaveAttribute("open", "");
    },
  },
  {
    name: "incident overview, integrity verified",
    as: ["exec"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}`);
      await page.getByRole("button", { name: "Verify integrity" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Timeline intact" })).toBeVisible();
    },
  },
  {
    name: "incident status (exec view)",
    as: ["exec"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/status`);
      await expect(page.getByRole("heading", { name: "Next deadline" })).toBeVisible();
    },
  },
  {
    name: "portfolio status",
    as: ["exec"],
    visit: async (page) => {
      await page.goto("/status");
      await heading(page, "Status");
    },
  },
  {
    name: "metrics",
    as: ["exec"],
    visit: async (page) => {
      await page.goto("/metrics");
      await heading(page, "Metrics");
    },
  },
  // ─── Incident sections built with the clocks, tasks/evidence and notices work ───
  {
    name: "incident facts",
    as: ["legal"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/facts`);
      await expect(page.getByRole("heading", { name: "Declared moments" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Affected data and risk" })).toBeVisible();
    },
  },
  {
    name: "incident obligations",
    as: ["legal"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/obligations`);
      await expect(page.getByRole("heading", { name: "Obligation register" })).toBeVisible();
    },
  },
  {
    name: "incident tasks",
    as: ["engineer"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/tasks`);
      await expect(page.getByRole("heading", { name: "Checklist" })).toBeVisible();
    },
  },
  {
    name: "incident evidence",
    as: ["legal"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/evidence`);
      await expect(page.getByRole("heading", { name: "Register", exact: true })).toBeVisible();
    },
  },
  {
    name: "incident containment",
    as: ["engineer"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/containment`);
      await expect(page.getByRole("heading", { name: "Proposed for the linked findings" })).toBeVisible();
    },
  },
  {
    name: "incident affected people (empty ledger)",
    as: ["legal"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/people`);
      await expect(page.getByRole("heading", { name: "Import affected people" })).toBeVisible();
    },
  },
  {
    name: "incident scoping",
    as: ["engineer"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/scoping`);
      await expect(page.getByRole("heading", { name: "Reconstructions" })).toBeVisible();
    },
  },
  {
    name: "incident notices",
    as: ["comms"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/notices`);
      await expect(page.getByRole("heading", { name: "Draft a notice" })).toBeVisible();
    },
  },
  {
    name: "notice draft with its editor",
    as: ["comms"],
    visit: async (page, world) => {
      await page.goto(`/incidents/${world.incidentId}/notices/${world.noticeId}`);
      await expect(page.getByRole("heading", { name: "Versions" })).toBeVisible();
      await expect(page.getByRole("heading", { name: /^Edit \(saves version/ })).toBeVisible();
    },
  },
  { name: "reviews queue with a diff", as: ["legal"], visit: async (page) => { await page.goto("/reviews"); await heading(page, "Reviews"); } },
  { name: "inbox", as: ["legal"], visit: async (page) => { await page.goto("/inbox"); await heading(page, "Inbox"); } },
  { name: "admin: containment approvals", as: ["admin"], visit: async (page) => { await page.goto("/admin/containment-approvals"); await heading(page, "Containment approvals"); } },
  { name: "admin: organisation", as: ["admin"], visit: async (page) => { await page.goto("/admin/organisation"); await heading(page, "Organisation"); } },
  { name: "admin: notice approvals", as: ["admin"], visit: async (page) => { await page.goto("/admin/notice-approvals"); await heading(page, "Notice approvals"); } },
  {
    name: "admin: integrations",
    as: ["admin"],
    visit: async (page) => {
      await page.goto("/admin/integrations");
      await heading(page, "Integrations");
      await expect(page.getByRole("heading", { name: "Connections", level: 2 })).toBeVisible();
    },
  },
  { name: "dashboard", as: ["exec"], visit: async (page) => { await page.goto("/dashboard"); await heading(page, "Active incidents"); } },
  {
    name: "findings queue",
    as: ["engineer"],
    visit: async (page, world) => {
      await page.goto(`/findings?resource=${encodeURIComponent(`arn:aws:s3:::${world.bucket}`)}`);
      await expect(page.getByRole("region", { name: `Resource arn:aws:s3:::${world.bucket}` })).toBeVisible();
    },
  },
  {
    name: "findings, import panel open",
    as: ["engineer"],
    visit: async (page) => {
      await page.goto("/findings");
      await page.getByText("Import a findings file").click();
      await expect(page.getByRole("button", { name: "Import findings" })).toBeVisible();
    },
  },
  {
    name: "finding page",
    as: ["engineer"],
    visit: async (page, world) => {
      await page.goto(`/findings/${world.findingId}`);
      await expect(page.getByRole("heading", { name: "Raw JSON of the current version" })).toBeVisible();
    },
  },
  { name: "admin: users", as: ["admin"], visit: async (page) => { await page.goto("/admin/users"); await heading(page, "Users"); } },
  {
    name: "admin: add user with validation errors",
    as: ["admin"],
    visit: async (page) => {
      await page.goto("/admin/users");
      await page.getByRole("button", { name: "Add user" }).click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  {
    name: "admin: editing a user's roles",
    as: ["admin"],
    visit: async (page) => {
      await page.goto("/admin/users");
      await page.getByRole("button", { name: /Edit roles/ }).first().click();
      await expect(page.getByRole("button", { name: "Save roles" })).toBeVisible();
    },
  },
  { name: "admin: API tokens", as: ["admin"], visit: async (page) => { await page.goto("/admin/tokens"); await heading(page, "API tokens"); } },
  { name: "admin: sources", as: ["admin"], visit: async (page) => { await page.goto("/admin/sources"); await heading(page, "Findings sources"); } },
  { name: "admin: administration log", as: ["admin"], visit: async (page) => { await page.goto("/admin/audit"); await heading(page, "Administration log"); } },
  {
    name: "API reference, an operation open",
    as: ["engineer"],
    visit: async (page) => {
      await page.goto("/api-docs");
      await heading(page, "API");
      await page.getByText("Declare an incident").click();
      await expect(page.getByRole("table", { name: "JSON body" }).first()).toBeVisible();
    },
  },
  {
    name: "what-if with a result",
    as: ["legal"],
    visit: async (page) => {
      await page.goto("/what-if");
      await page.getByLabel("Start from an example").selectOption({ label: "Texas and Washington residents" });
      await expect(page.getByRole("heading", { name: "What these facts mean" })).toBeVisible();
      await expect(page.getByTestId("what-if-results").locator('[data-rule="US-TX-521.053-IND"]')).toBeVisible();
    },
  },
  {
    name: "what-if with invalid facts",
    as: ["legal"],
    visit: async (page) => {
      await page.goto("/what-if");
      await expect(page.getByRole("heading", { name: "What these facts mean" })).toBeVisible();
      await page.getByRole("button", { name: "Add a jurisdiction" }).click();
      await page.getByLabel("Jurisdiction 1", { exact: true }).fill("Narnia");
      await expect(page.getByText("The results are not updated")).toBeVisible();
    },
  },
  { name: "rules, every rule", as: ["legal"], visit: async (page) => { await page.goto("/rules"); await heading(page, "Rules"); } },
  {
    name: "rules, nothing matches the filters",
    as: ["legal"],
    visit: async (page) => {
      await page.goto("/rules?jurisdiction=Quebec");
      await expect(page.getByRole("heading", { name: "No rule matches these filters" })).toBeVisible();
    },
  },
  {
    name: "rule review with validation errors",
    as: ["legal"],
    visit: async (page) => {
      await page.goto("/rules/US-CA-1798.82-AG");
      await page.getByLabel("Reviewer").fill("");
      await page.getByRole("button", { name: "Record review" }).click();
      await expect(page.getByText("Reviewer is required")).toBeVisible();
    },
  },
];

async function buildWorld(adminApi: APIRequestContext, commander: TTestUser): Promise<TWorld> {
  // The what-if states start from the organisation profile: the sweep saves the one the journeys use rather than
  // count on a spec before it (unchanged when it is already there, so nothing is re-evaluated).
  await saveNewYorkProfile(adminApi);
  const bucket = `a11y-${randomUUID().slice(0, 8)}`;
  const pushed = await adminApi.post("/api/intake/eventbridge", { data: eventWith(`Bucket ${bucket} allows public reads`, bucket) });
  expect(pushed.status(), await pushed.text()).toBe(202);
  const listed = await adminApi.get(`/api/findings?resource=${encodeURIComponent(`arn:aws:s3:::${bucket}`)}`);
  expect(listed.status(), await listed.text()).toBe(200);
  const findingId = JSON.stringify(await listed.json()).match(/"id":"([0-9a-f-]{36})"/)?.[1];
  expect(findingId).toBeTruthy();
  const created = await adminApi.post("/api/incidents", {
    data: { title: `Accessibility check ${bucket}`, severity: "high", commanderId: commander.id, summary: "Public bucket." },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { incident } = (await created.json()) as { incident: { id: string } };
  // Facts, so the Facts and Obligations tabs show a loaded register rather than their empty state.
  const declared = await adminApi.post(`/api/incidents/${incident.id}/declarations`, { data: { moment: "discovered", at: "2026-11-20T15:00:00Z", reason: "Public reads confirmed" } });
  expect(declared.status(), await declared.text()).toBe(201);
  const facts = await adminApi.put(`/api/incidents/${incident.id}/facts`, {
    data: {
      expectedVersion: 0,
      reason: "Initial scoping",
      incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" },
      affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "DE", count: 40 }],
    },
  });
  expect(facts.status(), await facts.text()).toBe(200);
  const drafted = await adminApi.post(`/api/incidents/${incident.id}/notices`, { data: { templateId: "gdpr-33", obligationId: null } });
  expect(drafted.status(), await drafted.text()).toBe(201);
  const { notice } = (await drafted.json()) as { notice: { id: string } };
  return { incidentId: incident.id, findingId: findingId!, bucket, noticeId: notice.id };
}

/**
 * How far the page scrolls sideways, and the innermost elements sticking out of the window (a scroll region sticking
 * out counts as one element: what is inside it may be wide).
 */
function widerThanTheWindow(): { overflow: number; culprits: string[] } {
  const width = document.documentElement.clientWidth;
  const overflow = document.documentElement.scrollWidth - width;
  // Finding the culprits walks every element and its ancestors' styles (seconds on the rules catalog): only on failure.
  if (overflow <= 1) return { overflow, culprits: [] };
  const scrolls = (element: Element) => ["auto", "scroll", "hidden"].includes(getComputedStyle(element).overflowX);
  const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 1;
  const inScrollRegion = (element: Element): boolean => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (scrolls(parent)) return true;
    return false;
  };
  const culprits = [...document.body.querySelectorAll("*")]
    .filter((element) => sticksOut(element) && !inScrollRegion(element))
    .filter((element) => scrolls(element) || ![...element.children].some(sticksOut))
    .slice(0, 4)
    .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">${(element.textContent ?? "").trim().slice(0, 40)}`);
  return { overflow, culprits };
}

test("every page and main state meets WCAG 2.2 AA (axe-core, and reflow at 320 px)", async ({ browser, users, signIn, adminApi }) => {
  test.setTimeout(STATES.length * 20_000);
  const commander = await users.create(["commander"], "Axe Commander");
  const world = await buildWorld(adminApi, commander);
  const signedIn = new Map<string, Page>();
  const failures: string[] = [];

  for (const state of STATES) {
    const key = state.as ? state.as.join("+") : "signed-out";
    let page = signedIn.get(key);
    if (!page) {
      page = await (await browser.newContext()).newPage();
      if (state.as) await signIn(page, state.as.includes("commander") ? commander : await users.create(state.as));
      signedIn.set(key, page);
    }
    await test.step(state.name, async () => {
      await state.visit(page, world);
      failures.push(...(await axeFailures(page, state.name)));
      // WCAG 1.4.10 Reflow, which axe cannot see: 320 CSS px wide (a 1280 px window at 400 % zoom) must not scroll
      // sideways; data tables scroll inside their own region, which is allowed.
      const size = page.viewportSize();
      await page.setViewportSize({ width: 320, height: 800 });
      // Charts follow the width on a ResizeObserver callback, a frame or two later: give the layout a moment to settle.
      let { overflow, culprits } = await page.evaluate(widerThanTheWindow);
      for (let attempt = 0; overflow > 1 && attempt < 20; attempt++) {
        await page.waitForTimeout(100);
        ({ overflow, culprits } = await page.evaluate(widerThanTheWindow));
      }
      if (overflow > 1) failures.push(`${state.name}: reflow — at 320 px wide the page scrolls ${overflow} px sideways; too wide: ${culprits.join(", ")}`);
      if (size) await page.setViewportSize(size);
    });
  }
  expect(failures, failures.join("\n")).toEqual([]);
});
