/**
 * The demo's scoped incident, made once per demo database: declared by the demo commander, with its moments and facts,
 * an affected-people ledger of about 900 synthetic people in six states and two countries (so the register shows
 * per-state obligations, California's Attorney General copy among them), and a CloudTrail access reconstruction of the
 * simulator's scripted exfiltration queued for the worker — so `npm run demo` opens on scoping done end to end.
 */
import { Readable } from "node:stream";
import type { TActor } from "../../lib/auth/policy";
import { ATTACKER, EDS, REGION, WINDOW } from "../../tests/aws/cloudtrail-exfiltration";

export const DEMO_INCIDENT_TITLE = "Customer exports read with a leaked backup key (demo)";

const PEOPLE: readonly [country: string, state: string, count: number][] = [
  ["US", "CA", 520], ["US", "TX", 120], ["US", "NY", 90], ["US", "FL", 60], ["US", "MA", 40], ["US", "WA", 30], ["GB", "", 25], ["DE", "", 20],
];

/** The extract the organisation would pull from the touched stores: synthetic people, every sixth without an e-mail. */
export function demoLedgerCsv(): { csv: string; people: number } {
  const lines = ["customer_id,full_name,email,street,city,state,zip,country,data_categories"];
  let n = 0;
  for (const [country, state, count] of PEOPLE) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      const email = n % 6 === 0 ? "" : `demo.person${n}@example.com`;
      lines.push(`D-${n},Demo Person ${n},${email},${n} Example Street,Springfield,${state},,${country},name;contact_details;national_id_number`);
    }
  }
  return { csv: `${lines.join("\n")}\n`, people: n };
}

/** Makes the incident unless the demo database has it already; returns its id. */
export async function ensureDemoIncident(): Promise<{ id: string; created: boolean }> {
  const { prisma } = await import("../../lib/db");
  const existing = await prisma.incident.findFirst({ where: { title: DEMO_INCIDENT_TITLE }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const { declareIncident } = await import("../../lib/incidents/service");
  const { declareMoment } = await import("../../lib/fact-changes/declare-moment");
  const { updateIncidentFacts } = await import("../../lib/fact-changes/update-facts");
  const { importAffectedPeople } = await import("../../lib/affected-people/import");
  const { requestScoping } = await import("../../lib/access-reconstruction/service");
  const user = await prisma.user.findUniqueOrThrow({ where: { email: "commander@demo.breachdesk.test" }, select: { id: true, email: true, name: true } });
  const actor: TActor = { kind: "user", ...user, roles: ["commander"] };

  const incident = await declareIncident(actor, {
    title: DEMO_INCIDENT_TITLE,
    severity: "high",
    commanderId: user.id,
    summary: `GuardDuty saw access key ${ATTACKER.accessKeyId} (${ATTACKER.userName}) used from ${ATTACKER.ip} to read the customer-exports bucket and the customers table.`,
  });
  for (const moment of ["discovered", "breachDetermined"] as const) {
    await declareMoment(actor, incident.id, { moment, at: WINDOW.end, reason: "The demo's scripted exfiltration, confirmed from CloudTrail" });
  }
  await updateIncidentFacts(actor, incident.id, {
    expectedVersion: 0,
    reason: "First scoping of the demo",
    incident: { personalData: "yes", dataCategories: ["name", "contact_details", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" },
  });
  const { csv } = demoLedgerCsv();
  await importAffectedPeople(actor, incident.id, { body: Readable.from([Buffer.from(csv)]), format: "csv", fileName: "customer-exports-extract.csv" });
  await requestScoping(actor, incident.id, { accessKeyIds: [ATTACKER.accessKeyId], start: WINDOW.start, end: WINDOW.end, region: REGION, eventDataStore: EDS });
  return { id: incident.id, created: true };
}
