import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

function problems(source: Record<string, string>): { name: string; reason: string }[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("applies the defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.BREACHDESK_SESSION_HOURS).toBe(8);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OIDC_ISSUER: " " }).DATABASE_URL).toBeUndefined();
  });

  it("names a bad port", () => {
    expect(problems({ PORT: "http" }).map((p) => p.name)).toEqual(["PORT"]);
    expect(problems({ PORT: "70000" }).map((p) => p.name)).toEqual(["PORT"]);
  });

  it("names a DATABASE_URL that is not PostgreSQL", () => {
    expect(problems({ DATABASE_URL: "mysql://localhost/db" })).toEqual([
      { name: "DATABASE_URL", reason: "must be a postgres:// or postgresql:// URL" },
    ]);
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal:5432/breachdesk" }).DATABASE_URL).toContain("db.internal");
  });

  it("names a secret that is too short", () => {
    expect(problems({ NEXTAUTH_SECRET: "short" }).map((p) => p.name)).toEqual(["NEXTAUTH_SECRET"]);
  });

  it("names the missing single sign-on settings when only some are set", () => {
    const found = problems({ OIDC_ISSUER: "https://idp.example.com" });
    expect(found.map((p) => p.name).sort()).toEqual(["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]);
    expect(found[0]?.reason).toContain("single sign-on needs all three");
  });

  it("puts every problem in one message", () => {
    expect(() => parseEnv({ PORT: "x", LOG_LEVEL: "loud" })).toThrowError(/PORT: .*\n.*LOG_LEVEL: /s);
  });
});
