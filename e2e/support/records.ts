import { readFileSync } from "node:fs";
import pg from "pg";
import { RUNTIME_FILE, type TE2ERuntime } from "./paths";
import { jurisdictionChoices } from "../../lib/clocks/jurisdictions";

/**
 * Rows whose services belong to other domains (obligations, declared moments, clock facts), written straight into
 * the e2e database so the status view and reports have a realistic record to show.
 */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { databaseUrl } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TE2EObligation = { ruleId: string; recipient: string; region: string; citation: string; dueAt: Date; metAt?: Date; ownerId?: string };

export async function seedClockRecord(
  incidentId: string,
  input: { obligations: TE2EObligation[]; affected: { jurisdiction: string; count: number | null }[]; aware: { at: Date; by: { id: string; name: string } } },
) {
  // Written past the facts validation, so check here what it would refuse: a code the rules cannot read makes every
  // later organisation-profile save fail, far from the spec that seeded it.
  const known = new Set(jurisdictionChoices().map((choice) => choice.code));
  const unknown = input.affected.map((a) => a.jurisdiction).filter((code) => !known.has(code));
  if (unknown.length > 0) throw new Error(`seedClockRecord: ${unknown.join(", ")} is not a jurisdiction code the facts accept (GB, DE, US-CA…)`);
  await withDatabase(async (db) => {
    for (const o of input.obligations) {
      await db.query(
        // next_reminder_at now: the reminders scan looks at the row at once and stores its real next instant.
        `INSERT INTO obligations (id, incident_id, rule_id, recipient, rule_version, catalog_version, rule_snapshot, applies, status, evaluation, due_at, met_at, owner_id, next_reminder_at, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, '2026-11-22.1', '2026-11-22.1', $4, 'yes', $5, $6, $7, $8, $9, CASE WHEN $8::timestamptz IS NULL THEN now() END, now())`,
        [incidentId, o.ruleId, o.recipient, { id: o.ruleId, region: o.region, citation: o.citation }, o.metAt ? "met" : "on_track", { citation: o.citation, reason: "Residents affected." }, o.dueAt, o.metAt ?? null, o.ownerId ?? null],
      );
    }
    await db.query(`INSERT INTO incident_facts (incident_id, facts, updated_at) VALUES ($1, $2, now())`, [
      incidentId,
      { incident: { personalData: "yes", dataCategories: ["contact_details"] }, affected: input.affected.map((a) => ({ ...a, dataCategories: ["contact_details"] })) },
    ]);
    await db.query(
      `INSERT INTO incident_declarations (id, incident_id, moment, at, reason, declared_by_id, declared_by_label) VALUES (gen_random_uuid(), $1, 'aware', $2, 'Confirmed in access logs', $3, $4)`,
      [incidentId, input.aware.at, input.aware.by.id, input.aware.by.name],
    );
  });
}
