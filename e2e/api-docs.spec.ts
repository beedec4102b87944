import { axeFailures } from "./support/axe";
import { expect, test } from "./support/fixtures";

type TDocument = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { "x-permission": string; summary: string; requestBody?: { content: Record<string, { schema?: { properties?: object } }> } }>>;
};

test("the API page lists every operation with its permission, parameters and body, and meets WCAG 2.2 AA", async ({ page, users, signIn }) => {
  // A sign-in and axe over every operation of the API: more than a minute on a loaded machine.
  test.setTimeout(120_000);
  const engineer = await users.create(["engineer"]);
  await signIn(page, engineer);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("button", { name: "Admin" }).click();
  await nav.getByRole("link", { name: "API", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();

  const incidents = page.getByRole("region", { name: "incidents" });
  await expect(incidents.getByRole("heading", { level: 2, name: "incidents" })).toBeVisible();
  const declare = incidents.locator("details").filter({ hasText: "Declare an incident" });
  await declare.getByText("Declare an incident").click();
  await expect(declare).toContainText("Requires: incident.declare (roles admin, commander)");
  const body = declare.getByRole("table", { name: "JSON body" });
  await expect(body.getByRole("rowheader", { name: "commanderId" })).toBeVisible();
  await expect(body.getByRole("row", { name: /severity/ })).toContainText('one of "low", "medium", "high", "critical"');

  const notes = incidents.locator("details").filter({ hasText: "/incidents/{id}/notes" });
  await notes.locator("summary").click();
  await expect(notes.getByRole("table", { name: "Parameters" }).getByRole("rowheader", { name: "id" })).toBeVisible();

  const failures = await axeFailures(page, "API page");
  expect(failures, failures.join("\n")).toEqual([]);

  // The page and the document are the same: every path the page shows is in the JSON, and the reverse.
  const response = await page.request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as TDocument;
  const shown = await page.locator("details > summary code").allTextContents();
  expect(new Set(shown)).toEqual(new Set(Object.keys(document.paths)));
});

test("GET /api/v1/openapi.json is the OpenAPI 3.1 document, for signed-in callers only", async ({ page, users, signIn, adminApi, request }) => {
  const anonymous = await request.get("/api/v1/openapi.json");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");

  await signIn(page, await users.create(["exec"]));
  const response = await page.request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as TDocument;
  expect(document.openapi).toBe("3.1.0");
  expect(document.servers.map((server) => server.url)).toEqual(["/api/v1"]);
  expect(document.paths["/incidents"]?.post?.["x-permission"]).toBe("incident.declare");
  expect(Object.keys(document.paths["/incidents"]?.post?.requestBody?.content["application/json"]?.schema?.properties ?? {})).toContain("title");

  // An API token reads it too, and the unversioned path serves the same document.
  const withToken = await adminApi.get("/api/openapi.json");
  expect(withToken.status()).toBe(200);
  expect(await withToken.json()).toEqual(document);
});

test("/api/v1/… reaches the same handlers as /api/…, with the same checks", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"]);
  const declared = await adminApi.post("/api/v1/incidents", { data: { title: "Declared through v1", severity: "low", commanderId: commander.id } });
  expect(declared.status(), await declared.text()).toBe(201);
  expect(declared.headers()["x-request-id"]).toBeTruthy();
  expect(declared.headers()["x-content-type-options"]).toBe("nosniff");
  const { incident } = (await declared.json()) as { incident: { id: string } };

  const versioned = await adminApi.get(`/api/v1/incidents/${incident.id}`);
  const unversioned = await adminApi.get(`/api/incidents/${incident.id}`);
  expect(versioned.status()).toBe(200);
  expect(unversioned.status()).toBe(200);
  expect(await versioned.json()).toEqual(await unversioned.json());

  // Query strings and validation pass through: a bad parameter is the wrapper's 400 naming it.
  const badQuery = await adminApi.get("/api/v1/incidents?limit=0");
  expect(badQuery.status()).toBe(400);
  expect(((await badQuery.json()) as { invalid_params: { name: string }[] }).invalid_params.map((p) => p.name)).toContain("limit");

  // A browser session writing through /api/v1: its own origin is served, another site's is refused.
  await signIn(page, commander);
  const origin = new URL(page.url()).origin;
  const note = { text: "Written through /api/v1" };
  const mentions = async () => (JSON.stringify(await (await adminApi.get(`/api/incidents/${incident.id}/timeline`)).json()).match(/Written through/g) ?? []).length;
  const sameSite = await page.request.post(`/api/v1/incidents/${incident.id}/notes`, { data: note, headers: { origin } });
  expect(sameSite.status(), await sameSite.text()).toBe(201);
  const written = await mentions();
  expect(written).toBeGreaterThan(0);
  const crossSite = await page.request.post(`/api/v1/incidents/${incident.id}/notes`, { data: note, headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect(await mentions(), "the refused write left nothing on the timeline").toBe(written);

  // next-auth's endpoints are not part of the versioned API.
  expect((await adminApi.get("/api/v1/auth/session")).status()).toBe(404);
  expect((await adminApi.get("/api/v1/health")).status()).toBe(200);
});
