import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as evaluateRoute } from "@/app/api/clocks/evaluate/route";
import { prisma } from "@/lib/db";
import { resetDatabase } from "./reset-db";
import { call, createToken } from "./api-helpers";

const facts = () => JSON.parse(readFileSync("lib/clocks/fixtures/example-b-texas-washington.json", "utf8")) as Record<string, unknown>;

describe("POST /api/clocks/evaluate", () => {
  beforeEach(resetDatabase);

  it("answers the same Evaluation as the CLI, for every role including exec, and stores nothing", async () => {
    const cli = spawnSync("node", ["--import", "tsx", "scripts/clocks.ts", "lib/clocks/fixtures/example-b-texas-washington.json"], {
      encoding: "utf8",
    });
    expect(cli.status).toBe(0);
    for (const role of ["legal", "exec", "engineer"] as const) {
      const token = await createToken([role]);
      const response = await call(evaluateRoute, "POST", "/api/clocks/evaluate", { token, json: facts() });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(JSON.parse(cli.stdout));
    }
    expect(await prisma.incident.count()).toBe(0);
    expect(await prisma.timelineEvent.count()).toBe(0);
  });

  it("refuses anonymous callers", async () => {
    const response = await call(evaluateRoute, "POST", "/api/clocks/evaluate", { json: facts() });
    expect(response.status).toBe(401);
  });

  it("answers 400 problem+json naming the field, with the same invalid_params as the CLI's exit 2", async () => {
    const bad = facts();
    (bad.incident as Record<string, unknown>).riskLevel = "maybe";
    const token = await createToken(["legal"]);
    const response = await call(evaluateRoute, "POST", "/api/clocks/evaluate", { token, json: bad });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body?.invalid_params).toEqual([
      { name: "/incident/riskLevel", reason: 'must be one of "none", "risk", "high", "unknown"' },
    ]);
    expect(response.body).not.toHaveProperty("obligations");

    const cli = spawnSync("node", ["--import", "tsx", "scripts/clocks.ts", "-"], { input: JSON.stringify(bad), encoding: "utf8" });
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe("");
    expect(JSON.parse(cli.stderr)).toEqual({ error: "invalid_facts", invalid_params: response.body?.invalid_params });
  });
});
