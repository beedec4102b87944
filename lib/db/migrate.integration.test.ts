import { createHash, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "../../tests/integration/reset-db";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, diffDatamodels } from "./migrate";
import { testDatabaseUrl } from "@/tests/integration/database-url";

const databaseUrl = testDatabaseUrl();

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Scratch databases on the test server, so that "apply to an empty database" really starts empty. */
const scratchDatabases: string[] = [];
async function createScratchDatabase(): Promise<string> {
  const name = `breachdesk_scratch_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await withClient(databaseUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  scratchDatabases.push(name);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  await withClient(databaseUrl, async (client) => {
    for (const name of scratchDatabases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});

async function repositoryMigrations() {
  const names = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql"));
      return { name, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type TMigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

const migrationRows = (url: string) =>
  withClient(url, async (client) => {
    const { rows } = await client.query<TMigrationRow>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
    );
    return rows;
  });

describe("applyMigrations", () => {
  it("applies every migration of prisma/migrations to an empty database and records it like migrate deploy", async () => {
    const url = await createScratchDatabase();
    const migrations = await repositoryMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const log: string[] = [];
    const { applied } = await applyMigrations(url, { log: (line) => log.push(line) });

    expect(applied).toEqual(migrations.map((m) => m.name));
    expect(log).toContain(`Applying migration ${migrations[0]!.name}`);
    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index]!.checksum); // sha256 hex of migration.sql
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await withClient(url, async (client) => {
      const { rows } = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      return rows.map((row) => row.tablename);
    });
    expect(tables).toEqual(
      expect.arrayContaining(["users", "incidents", "timeline_events", "instance_settings", "instance_setup"]),
    );
  });

  it("is a no-op on a database that is up to date", async () => {
    const url = await createScratchDatabase();
    await applyMigrations(url);
    const before = await migrationRows(url);

    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect(await migrationRows(url)).toEqual(before);
  });

  it("serialises concurrent runs: both succeed and each migration is applied exactly once", async () => {
    const url = await createScratchDatabase();
    const migrations = await repositoryMigrations();
    const logs: string[][] = [[], []];

    const results = await Promise.all(
      logs.map((lines) => applyMigrations(url, { log: (line) => lines.push(line) })),
    );

    const appliedByAnyone = results.flatMap((result) => result.applied).sort();
    expect(appliedByAnyone).toEqual(migrations.map((m) => m.name));
    expect(results.filter((result) => result.applied.length === 0)).toHaveLength(1);
    expect(logs.flat()).toContain("Another process is applying migrations to this database; waiting for it to finish");
    expect((await migrationRows(url)).map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
  });

  describe("with a migration that fails", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-migrations-"));
      await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
      await mkdir(path.join(dir, "20200101000000_good"));
      await writeFile(path.join(dir, "20200101000000_good", "migration.sql"), "CREATE TABLE good (id int);\n");
      await mkdir(path.join(dir, "20200102000000_broken"));
      await writeFile(
        path.join(dir, "20200102000000_broken", "migration.sql"),
        "CREATE TABLE half (id int);\nSELECT no_such_function();\n",
      );
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("names the failing migration, applies the ones before it and none of the failed script", async () => {
      const url = await createScratchDatabase();

      const failure = applyMigrations(url, { migrationsDir: dir });
      await expect(failure).rejects.toThrow(/Migration "20200102000000_broken" failed/);
      await expect(failure).rejects.toThrow(/no_such_function/);

      const rows = await migrationRows(url);
      expect(rows.map((row) => [row.migration_name, row.finished_at !== null])).toEqual([
        ["20200101000000_good", true],
        ["20200102000000_broken", false],
      ]);
      const tables = await withClient(url, async (client) => {
        const { rows } = await client.query<{ name: string | null }>(
          "SELECT to_regclass('public.good')::text AS name UNION ALL SELECT to_regclass('public.half')::text",
        );
        return rows.map((row) => row.name);
      });
      expect(tables).toEqual(["good", null]);

      // The failed attempt blocks later runs, which keep naming it.
      await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/20200102000000_broken/);
    });
  });

  it("explains an unreachable database without printing its password", async () => {
    const url = new URL(databaseUrl);
    url.port = "1";
    url.password = "do-not-print-me";
    const failure = applyMigrations(url.toString());
    await expect(failure).rejects.toThrow(/Cannot connect to the database at postgresql:\/\/postgres:\*\*\*\*@127\.0\.0\.1:1\//);
    await expect(failure).rejects.not.toThrow(/do-not-print-me/);
  });
});

describe("the init migration's hand-written SQL", () => {
  // Before, not after: other files share this database and may leave rows behind.
  beforeEach(() => resetDatabase());

  /** A commander, an incident, and one event recorded by a second user (the actor). */
  async function insertEvent(client: pg.Client) {
    const user = async (email: string, role: string) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO users (id, email, name, roles, updated_at)
         VALUES (gen_random_uuid(), $1, $1, $2::"Role"[], now()) RETURNING id`,
        [email, `{${role}}`],
      );
      return rows[0]!.id;
    };
    const commanderId = await user("ic@example.test", "commander");
    const actorId = await user("engineer@example.test", "engineer");
    const { rows: incidents } = await client.query<{ id: string }>(
      `INSERT INTO incidents (id, title, severity, commander_id, updated_at)
       VALUES (gen_random_uuid(), 'S3 bucket exposed', 'high', $1, now()) RETURNING id`,
      [commanderId],
    );
    await client.query(
      `INSERT INTO timeline_events
         (id, incident_id, sequence, kind, occurred_at, actor_user_id, actor_label, payload, prev_hash, hash)
       VALUES (gen_random_uuid(), $1, 1, 'incident.declared', now(), $2, 'Engineer', '{}', '', 'h1')`,
      [incidents[0]!.id, actorId],
    );
    return { actorId, incidentId: incidents[0]!.id };
  }

  it("refuses UPDATE of a timeline event", async () => {
    await withClient(databaseUrl, async (client) => {
      await insertEvent(client);
      await expect(client.query("UPDATE timeline_events SET kind = 'tampered'")).rejects.toThrow(
        /timeline_events is insert-only: UPDATE refused/,
      );
      const { rows } = await client.query("SELECT kind FROM timeline_events");
      expect(rows).toEqual([{ kind: "incident.declared" }]);
    });
  });

  it("refuses DELETE of a timeline event", async () => {
    await withClient(databaseUrl, async (client) => {
      await insertEvent(client);
      await expect(client.query("DELETE FROM timeline_events")).rejects.toThrow(
        /timeline_events is insert-only: DELETE refused/,
      );
      const { rows } = await client.query("SELECT count(*)::int AS n FROM timeline_events");
      expect(rows).toEqual([{ n: 1 }]);
    });
  });

  it("refuses deleting an event's actor, so no event loses who recorded it", async () => {
    await withClient(databaseUrl, async (client) => {
      const { actorId } = await insertEvent(client);
      await expect(client.query("DELETE FROM users WHERE id = $1", [actorId])).rejects.toThrow(
        /foreign key constraint "timeline_events_actor_user_id_fkey"/,
      );
    });
  });

  it("lets the documented reset TRUNCATE the timeline (and restart serials)", async () => {
    await withClient(databaseUrl, async (client) => {
      await insertEvent(client);
      await resetDatabase();
      const { rows } = await client.query("SELECT count(*)::int AS n FROM timeline_events");
      expect(rows).toEqual([{ n: 0 }]);
      await insertEvent(client);
      const { rows: incidents } = await client.query("SELECT reference FROM incidents");
      expect(incidents).toEqual([{ reference: 1 }]);
    });
  });

  it("allows only one instance_setup row, the one with id 1", async () => {
    await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO users (id, email, name, roles, updated_at) VALUES ($1, 'root@example.test', 'Root', '{admin}', now()) RETURNING id`,
        [randomUUID()],
      );
      const admin = rows[0]!.id;
      await expect(
        client.query("INSERT INTO instance_setup (id, admin_user_id) VALUES (2, $1)", [admin]),
      ).rejects.toThrow(/instance_setup_singleton/);
      await client.query("INSERT INTO instance_setup (admin_user_id) VALUES ($1)", [admin]);
      await expect(client.query("INSERT INTO instance_setup (admin_user_id) VALUES ($1)", [admin])).rejects.toThrow(
        /instance_setup_pkey/,
      );
    });
  });
});

describe("diffDatamodels", () => {
  const schema = (body: string) =>
    `datasource db {\n  provider = "postgresql"\n}\n\n${body}\n`;

  it("writes the SQL from an empty database, and nothing between equal schemas, without a database", async () => {
    const v1 = schema("model Note {\n  id Int @id\n}");
    expect(await diffDatamodels(null, v1)).toMatch(/CREATE TABLE "Note"/);
    expect(await diffDatamodels(v1, v1)).toBe("");
  });

  it("writes only the change between two schemas", async () => {
    const v1 = schema("model Note {\n  id Int @id\n}");
    const v2 = schema("model Note {\n  id Int @id\n  body String @default(\"\")\n}");
    const sql = await diffDatamodels(v1, v2);
    expect(sql).toMatch(/ALTER TABLE "Note" ADD COLUMN\s+"body" TEXT NOT NULL DEFAULT ''/);
    expect(sql).not.toMatch(/CREATE TABLE/);
  });

  it("reports an invalid schema with the engine's validation message", async () => {
    await expect(diffDatamodels(null, schema("model Broken {\n  id Int @id\n  nope\n}"))).rejects.toThrow(
      /Cannot diff the Prisma schemas:[\s\S]*schema\.prisma/,
    );
  });

  it("matches the committed migrations: prisma/migrated-schema.prisma equals prisma/schema.prisma", async () => {
    const root = path.resolve(DEFAULT_MIGRATIONS_DIR, "..");
    const [snapshot, current] = await Promise.all([
      readFile(path.join(root, "migrated-schema.prisma"), "utf8"),
      readFile(path.join(root, "schema.prisma"), "utf8"),
    ]);
    expect(await diffDatamodels(snapshot, current), "run `npm run db:migration -- <name>`").toBe("");
  });
});
