import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

type TApiResponse = Awaited<ReturnType<APIRequestContext["post"]>>;

/** The response's JSON after checking its status; on a mismatch the failure shows the body (the problem+json). */
export async function expectStatus(response: TApiResponse, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
  return response.json() as Promise<Record<string, unknown>>;
}

/** A New York controller: the organisation profile most journeys start from. */
export async function saveNewYorkProfile(adminApi: APIRequestContext) {
  await expectStatus(
    await adminApi.put("/api/organisation-profile", {
      data: { profile: { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} }, reason: "e2e profile" },
    }),
  );
}

/**
 * An incident with 1,200 California residents' names and SSNs acquired (no encryption), its moments declared on
 * 20 Nov 2026 at 15:00 UTC, under the New York profile; optionally with a legal lead.
 */
export async function seedCaliforniaIncident(
  adminApi: APIRequestContext,
  input: { commanderId: string; legalLeadId?: string; moments: ("aware" | "discovered" | "breachDetermined")[] },
) {
  await saveNewYorkProfile(adminApi);
  const title = `Customer export bucket public ${Date.now()}`;
  const created = await expectStatus(await adminApi.post("/api/incidents", { data: { title, severity: "high", commanderId: input.commanderId } }), 201);
  const id = (created.incident as { id: string }).id;
  if (input.legalLeadId) await expectStatus(await adminApi.put(`/api/incidents/${id}/members`, { data: { userId: input.legalLeadId, role: "legal_lead" } }));
  for (const moment of input.moments) {
    await expectStatus(await adminApi.post(`/api/incidents/${id}/declarations`, { data: { moment, at: "2026-11-20T15:00:00Z", reason: "Exfiltration confirmed" } }), 201);
  }
  await expectStatus(
    await adminApi.put(`/api/incidents/${id}/facts`, {
      data: {
        expectedVersion: 0,
        reason: "Initial scoping",
        incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" },
        affected: [{ jurisdiction: "US-CA", count: 1200 }],
      },
    }),
  );
  return { id, title };
}
