import { spawnSync } from "node:child_process";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement, type ReactNode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as evaluateRoute } from "@/app/api/clocks/evaluate/route";
import { PUT as factsPut } from "@/app/api/incidents/[id]/facts/route";
import { GET as obligationsGet } from "@/app/api/incidents/[id]/obligations/route";
import { POST as csvRoute } from "@/app/api/incidents/[id]/export/[file]/route";
import { POST as pdfRoute } from "@/app/api/incidents/[id]/report.pdf/route";
import { PUT as profilePut } from "@/app/api/organisation-profile/route";
import type { TActor } from "@/lib/auth/policy";
import { CATALOG_VERSION } from "@/lib/clocks";
import { prisma } from "@/lib/db";
import { getPortfolioStatus } from "@/lib/status/service";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { pdfText } from "@/tests/support/pdf-text";
import { resetDatabase } from "./reset-db";

/**
 * Never silent (contract §3a): people in a jurisdiction the catalog has no rules for show up as a coverage gap on
 * the obligations register, the exec status view, the PDF report and the portfolio's decisions awaiting someone,
 * and a jurisdiction code that names nothing real is a 400 naming the field. The pages are rendered as Next renders
 * them on the server; only the session (the signed-in actor) and the client router are stood in for.
 */

const session = vi.hoisted(() => ({ actor: null as TActor | null }));
vi.mock("@/lib/auth/current-actor", () => ({
  currentActor: async () => session.actor,
  requireActor: async () => {
    if (!session.actor) throw new Error("no actor");
    return session.actor;
  },
}));
vi.mock("next/navigation", () => ({
  useRouter: () => ({ refresh() {}, push() {}, replace() {} }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
  notFound: () => {
    throw new Error("not found");
  },
  redirect: () => {
    throw new Error("redirect");
  },
}));

const QUEBEC_GAP = `No rules for Quebec in catalog ${CATALOG_VERSION}: consult counsel`;
const MARIANAS_GAP = `No rules for the Northern Mariana Islands in catalog ${CATALOG_VERSION}: consult counsel`;
const PROFILE = { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} };
const FACTS = {
  personalData: "yes",
  dataCategories: ["name", "national_id_number"],
  compromise: ["acquisition"],
  encryption: { status: "none", keyCompromised: "unknown" },
  riskLevel: "risk",
};

/** The page as HTML once every async component inside it (the next-steps panel) has rendered, without React's markers. */
async function renderPage(page: ReactNode | Promise<ReactNode>): Promise<string> {
  const tree = await page;
  const { prelude } = await prerenderToNodeStream(createElement(QueryClientProvider, { client: new QueryClient() }, tree));
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8").replace(/<!--[^>]*-->/g, "");
}

let token: string;
let adminToken: string;
let id: string;
let commander: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey");
  token = await createToken(["commander"]);
  adminToken = await createToken(["admin"]);
  expect((await call(profilePut, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile: PROFILE, reason: "Initial profile" } })).status).toBe(200);
  id = await declareIncidentVia(token, commander.id);
  session.actor = actorOf(commander);
});

const putFacts = (affected: unknown[], expectedVersion = 0) =>
  call(factsPut, "PUT", `/api/incidents/${id}/facts`, { token, params: { id }, json: { expectedVersion, reason: "Scoping", incident: FACTS, affected } });

describe("a jurisdiction code that does not exist", () => {
  it("is a 400 naming the field on the facts form's route, and nothing is stored", async () => {
    const response = await putFacts([{ jurisdiction: "US-CA", count: 10 }, { jurisdiction: "US-ZZ", count: 3 }]);
    expect(response.status).toBe(400);
    const params = response.body?.invalid_params as { name: string; reason: string }[];
    expect(params).toHaveLength(1);
    expect(params[0]!.name).toMatch(/affected.*1.*jurisdiction/);
    expect(params[0]!.reason).toBe("US-ZZ is not a US state, DC or territory");
    expect(await prisma.incidentFacts.count()).toBe(0);
    expect(await prisma.obligation.count()).toBe(0);
  });

  it("is a 400 naming the field on POST /api/clocks/evaluate (What-if), and exit 2 naming it in the CLI", async () => {
    const facts = {
      asOf: "2027-04-09T09:00:00Z", organisation: { timeZone: "UTC", establishments: ["DE-BY"], dataRole: "controller" },
      incident: FACTS, affected: [{ jurisdiction: "XQ", count: 1 }], moments: {},
    };
    const response = await call(evaluateRoute, "POST", "/api/clocks/evaluate", { token, json: facts });
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([
      { name: "/affected/0/jurisdiction", reason: "XQ is not an ISO 3166-1 country code" },
      { name: "/organisation/establishments/0", reason: "subdivision codes are only used for the United States and Canada: use DE" },
    ]);
    const cli = spawnSync("node", ["--import", "tsx", "scripts/clocks.ts", "-"], { input: JSON.stringify(facts), encoding: "utf8" });
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe("");
    expect(JSON.parse(cli.stderr)).toEqual({ error: "invalid_facts", invalid_params: response.body?.invalid_params });
  });

  it("is a 400 naming the field in the organisation profile", async () => {
    const response = await call(profilePut, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile: { ...PROFILE, establishments: ["US-QQ"] }, reason: "Typo" } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body?.invalid_params)).toContain("US-QQ is not a US state, DC or territory");
  });
});

describe("coverage gaps on every surface that shows obligations", () => {
  beforeEach(async () => {
    expect((await putFacts([{ jurisdiction: "US-CA", count: 800 }, { jurisdiction: "CA-QC", count: 1200 }, { jurisdiction: "US-MP", count: null }])).status).toBe(200);
  });

  it("stores the coverage with the register, and the obligations API answers it", async () => {
    const stored = await prisma.incidentCoverage.findUniqueOrThrow({ where: { incidentId: id } });
    expect(stored.catalogVersion).toBe(CATALOG_VERSION);
    const response = await call(obligationsGet, "GET", `/api/incidents/${id}/obligations`, { token, params: { id } });
    expect(response.status).toBe(200);
    const coverage = (response.body as { coverage: { coverage: { jurisdiction: string; covered: boolean; count?: number | null }[] } }).coverage.coverage;
    expect(coverage.map((entry) => [entry.jurisdiction, entry.covered, entry.count])).toEqual([
      ["CA-QC", false, 1200], ["US-CA", true, 800], ["US-MP", false, null], ["US-NY", true, undefined],
    ]);
  });

  it("the obligations register page says each gap in plain words beside the register", async () => {
    const { default: ObligationsPage } = await import("@/app/(console)/incidents/[id]/obligations/page");
    const html = await renderPage(ObligationsPage({ params: Promise.resolve({ id }) }));
    expect(html).toContain(QUEBEC_GAP);
    expect(html).toContain(MARIANAS_GAP);
    expect(html).toContain("1,200 people affected there");
    expect(html).toContain("US-CA-1798.82-IND");
  });

  it("the exec status view shows the gaps and counts them among the decisions awaiting someone", async () => {
    const { default: StatusPage } = await import("@/app/(console)/incidents/[id]/status/page");
    const html = await renderPage(StatusPage({ params: Promise.resolve({ id }) }));
    expect(html).toContain(QUEBEC_GAP);
    // Each gap is also one of the decisions awaiting someone, named in words.
    const awaiting = html.slice(html.indexOf("Decisions awaiting someone"));
    expect(awaiting).toContain("No rules for Quebec: consult counsel");
    expect(awaiting).toContain("No rules for the Northern Mariana Islands: consult counsel");
  });

  it("the portfolio counts the gaps in the incident's decisions awaiting someone", async () => {
    const portfolio = await getPortfolioStatus(actorOf(commander));
    const row = portfolio.rows.find((r) => r.incident.id === id)!;
    expect(row.coverageGaps).toBe(2);
    const undetermined = await prisma.obligation.count({ where: { incidentId: id, applies: "undetermined", retiredAt: null } });
    const unownedOpen = await prisma.obligation.count({ where: { incidentId: id, applies: "yes", metAt: null, retiredAt: null, dueAt: { not: null }, ownerId: null } });
    expect(row.awaiting.filter((d) => d.kind === "coverage_gap").map((d) => d.what).sort()).toEqual([
      "No rules for Quebec: consult counsel",
      "No rules for the Northern Mariana Islands: consult counsel",
    ]);
    // The one decisions-awaiting rule also lists clocks awaiting a trigger and drafts to write, so it counts at least these.
    expect(row.awaitingCount).toBe(row.awaiting.length);
    expect(row.awaitingCount).toBeGreaterThanOrEqual(2 + undetermined + unownedOpen);
    const { default: PortfolioPage } = await import("@/app/(console)/status/page");
    const html = await renderPage(PortfolioPage());
    expect(html).toContain(`${row.awaitingCount} decisions awaiting someone`);
    expect(html).toContain("2 jurisdictions without rules");
  });

  it("the PDF report says each gap in plain words: counted in the summary, listed right after the register, before the appendix", async () => {
    // Exports write a timeline event, so they are POSTs.
    const request = new Request(`http://localhost/api/incidents/${id}/report.pdf`, { method: "POST", headers: { host: "localhost", authorization: `Bearer ${adminToken}` } });
    const response = await pdfRoute(request, { params: Promise.resolve({ id }) });
    expect(response.status).toBe(200);
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(QUEBEC_GAP);
    expect(text).toContain(MARIANAS_GAP);
    // The summary says there are gaps before anything else; the gaps follow what is owed (the register's groups).
    expect(text.indexOf("2 jurisdictions without rules in the catalog: consult counsel")).toBeLessThan(text.indexOf("Obligation register"));
    expect(text.indexOf("US-CA-1798.82-IND")).toBeLessThan(text.indexOf(QUEBEC_GAP));
    expect(text.indexOf(QUEBEC_GAP)).toBeLessThan(text.indexOf("Appendix: rules that do not apply"));
    // No choice made: the organisation profile's zone (America/New_York), with its offset.
    expect(text).toMatch(/Times in this report America\/New_York \(the organisation's time zone\)/);
    expect(text).toMatch(/ E[SD]T \(UTC-0[45]:00\)/);
  });

  it("obligations.csv has a row per gap after the register rows, saying it in plain words", async () => {
    const request = new Request(`http://localhost/api/incidents/${id}/export/obligations.csv`, { method: "POST", headers: { host: "localhost", authorization: `Bearer ${adminToken}` } });
    const response = await csvRoute(request, { params: Promise.resolve({ id, file: "obligations.csv" }) });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\r\n");
    const gapLines = lines.filter((line) => line.includes('"coverage_gap"'));
    expect(gapLines).toEqual([
      `,,,"CA-QC","undetermined","coverage_gap",,,,,"${QUEBEC_GAP}",`,
      `,,,"US-MP","undetermined","coverage_gap",,,,,"${MARIANAS_GAP}",`,
    ]);
    expect(lines.findIndex((line) => line.startsWith('"US-CA-1798.82-IND"'))).toBeLessThan(lines.indexOf(gapLines[0]!));
  });

  it("a register evaluated before coverage was stored still shows its gaps (computed from its facts)", async () => {
    await prisma.incidentCoverage.deleteMany({});
    const { default: ObligationsPage } = await import("@/app/(console)/incidents/[id]/obligations/page");
    expect(await renderPage(ObligationsPage({ params: Promise.resolve({ id }) }))).toContain(QUEBEC_GAP);
  });
});
