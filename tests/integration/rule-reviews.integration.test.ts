import { beforeEach, describe, expect, it } from "vitest";
import { GET as reviewsGet, POST as reviewsPost } from "@/app/api/rules/[ruleId]/reviews/route";
import { RULES_BY_ID } from "@/lib/clocks/catalog";
import { prisma } from "@/lib/db";
import { getRegister } from "@/lib/obligations/service";
import { loadReportData } from "@/lib/reports/data";
import { obligationsSection } from "@/lib/reports/sections/obligations";
import { unreviewedRules } from "@/lib/rules/review";
import { listRules, recordRuleReview } from "@/lib/rules/service";
import { insertObligation } from "@/tests/support/obligations";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

const RULE = "US-CA-1798.82-AG";
const VERSION = RULES_BY_ID.get(RULE)!.version;
const path = `/api/rules/${RULE}/reviews`;
const params = { ruleId: RULE };
const valid = { ruleVersion: VERSION, reviewerName: "Dana Counsel (Outside LLP)", reviewedOn: "2026-12-01", note: "Threshold and trigger read against §1798.82(f)." };

const post = (token: string, json: unknown) => call(reviewsPost, "POST", path, { token, params, json });
const posted = (response: Awaited<ReturnType<typeof post>>) => response.body?.review as { id: string; reviewerName: string; ruleVersion: string };
const names = (response: Awaited<ReturnType<typeof post>>) =>
  (response.body?.invalid_params as { name: string; reason: string }[] | undefined)?.map((p) => p.name) ?? [];

describe("counsel review of a rule (POST /api/rules/:ruleId/reviews)", () => {
  let legalToken: string;

  beforeEach(async () => {
    await resetDatabase();
    legalToken = await createToken(["legal"]);
  });

  it("refuses engineers, commanders, comms and executives (403) and anonymous callers (401); nothing is stored", async () => {
    for (const role of ["engineer", "commander", "comms", "exec"] as const) {
      expect((await post(await createToken([role]), valid)).status, role).toBe(403);
    }
    expect((await call(reviewsPost, "POST", path, { params, json: valid })).status).toBe(401);
    expect(await prisma.ruleReview.count()).toBe(0);
  });

  it("lets a legal reviewer and an administrator record a review, stored with who typed it in", async () => {
    const legal = await post(legalToken, valid);
    expect(legal.status).toBe(201);
    expect(posted(legal)).toMatchObject({ reviewerName: "Dana Counsel (Outside LLP)", ruleVersion: VERSION, reviewedOn: "2026-12-01" });
    expect((await post(await createToken(["admin"]), { ...valid, reviewerName: "Ada Admin" })).status).toBe(201);
    const stored = await prisma.ruleReview.findMany({ orderBy: { recordedAt: "asc" } });
    expect(stored.map((row) => [row.ruleId, row.recordedByTokenId !== null, row.recordedByLabel.startsWith("API token")])).toEqual([
      [RULE, true, true],
      [RULE, true, true],
    ]);
  });

  it("names the signed-in person as reviewer by default; a token must name one", async () => {
    const lee = await createUser(["legal"], "Lee Legal");
    const review = await recordRuleReview(actorOf(lee), RULE, { ruleVersion: VERSION, reviewedOn: "2026-12-01" });
    expect(review).toMatchObject({ reviewerName: "Lee Legal", recordedByLabel: "Lee Legal", note: "" });
    expect((await prisma.ruleReview.findFirstOrThrow()).recordedById).toBe(lee.id);
    const anonymous = await post(legalToken, { ruleVersion: VERSION, reviewedOn: "2026-12-01" });
    expect(anonymous.status).toBe(400);
    expect(names(anonymous)).toEqual(["reviewerName"]);
  });

  it("answers 400 naming the field for bad input, never a 500: NUL, lone surrogates, huge text, unknown versions, dates", async () => {
    const cases: [unknown, string][] = [
      [{ ...valid, note: "a\u0000b" }, "note"],
      [{ ...valid, reviewerName: "Dana\u0000" }, "reviewerName"],
      [{ ...valid, note: "x".repeat(10_001) }, "note"],
      [{ ...valid, reviewerName: "y".repeat(201) }, "reviewerName"],
      [{ ...valid, reviewerName: "   " }, "reviewerName"],
      [{ ...valid, reviewerName: "Dana\u202eCounsel" }, "reviewerName"],
      [{ ...valid, ruleVersion: "1999-01-01.1" }, "ruleVersion"],
      [{ ...valid, ruleVersion: "" }, "ruleVersion"],
      [{ ...valid, reviewedOn: "01/12/2026" }, "reviewedOn"],
      [{ ...valid, reviewedOn: "2026-02-30" }, "reviewedOn"],
      [{ ...valid, reviewedOn: "2999-01-01" }, "reviewedOn"],
      [{ ...valid, reviewedOn: "0206-12-01" }, "reviewedOn"],
      [{ ...valid, approved: true }, "body"],
      [{ ...valid, note: 42 }, "note"],
    ];
    for (const [json, field] of cases) {
      const response = await post(legalToken, json);
      expect(response.status, JSON.stringify(json).slice(0, 80)).toBe(400);
      expect(names(response), JSON.stringify(json).slice(0, 80)).toEqual([field]);
    }
    // A lone surrogate can only arrive as a JSON escape: send the raw text.
    const raw = JSON.stringify(valid).replace("Dana Counsel", "Dana \\ud800Counsel");
    const surrogate = await call(reviewsPost, "POST", path, { token: legalToken, params, rawBody: raw, contentType: "application/json" });
    expect(surrogate.status).toBe(400);
    expect(names(surrogate)).toEqual(["reviewerName"]);
    const huge = await call(reviewsPost, "POST", path, { token: legalToken, params, json: { ...valid, note: "z".repeat(200_000) } });
    expect(huge.status).toBe(413);
    expect(await prisma.ruleReview.count()).toBe(0);
  });

  it("keeps right-to-left text in a note as it was written", async () => {
    const response = await post(legalToken, { ...valid, note: "מאושר \u202eevil.exe" });
    expect(response.status).toBe(201);
    expect((await prisma.ruleReview.findFirstOrThrow()).note).toBe("מאושר \u202eevil.exe");
  });

  it("answers 404 for a rule the catalog does not have", async () => {
    const response = await call(reviewsPost, "POST", "/api/rules/US-ZZ-1/reviews", { token: legalToken, params: { ruleId: "US-ZZ-1" }, json: valid });
    expect(response.status).toBe(404);
    expect((await call(reviewsGet, "GET", "/api/rules/US-ZZ-1/reviews", { token: legalToken, params: { ruleId: "US-ZZ-1" } })).status).toBe(404);
  });

  it("is insert-only: the database refuses to edit or delete a review; a later review supersedes it for that version", async () => {
    const first = posted(await post(legalToken, valid));
    await expect(prisma.ruleReview.update({ where: { id: first.id }, data: { reviewerName: "Someone else" } })).rejects.toThrow(/insert-only/);
    await expect(prisma.ruleReview.delete({ where: { id: first.id } })).rejects.toThrow(/insert-only/);
    await expect(prisma.$executeRawUnsafe(`UPDATE rule_reviews SET note = 'rewritten'`)).rejects.toThrow(/insert-only/);

    const second = posted(await post(legalToken, { ...valid, reviewerName: "Sam Second", reviewedOn: "2026-12-02" }));
    const listed = await call(reviewsGet, "GET", path, { token: await createToken(["engineer"]), params });
    expect(listed.status).toBe(200);
    expect((listed.body?.reviews as { id: string }[]).map((r) => r.id)).toEqual([second.id, first.id]);
    const { rows } = await listRules(actorOf(await createUser(["exec"])), { jurisdiction: "US-CA", verification: null, review: "reviewed" });
    expect(rows.map((row) => [row.id, row.review?.reviewerName])).toEqual([[RULE, "Sam Second"]]);
  });

  it("does not count a review of an earlier rule version for the current version, and says which version was reviewed", async () => {
    const recorder = await createUser(["legal"], "Lee Legal");
    await prisma.ruleReview.create({
      data: { ruleId: RULE, ruleVersion: "2026-01-15.1", reviewerName: "Old Counsel", reviewedOn: new Date("2026-01-20"), recordedById: recorder.id, recordedByLabel: "Lee Legal" },
    });
    const { rows } = await listRules(actorOf(recorder), { jurisdiction: "California", verification: null, review: null });
    const row = rows.find((r) => r.id === RULE)!;
    expect(row).toMatchObject({ reviewedNow: false, review: null, earlierReview: { ruleVersion: "2026-01-15.1", reviewerName: "Old Counsel" } });
    const notReviewed = await listRules(actorOf(recorder), { jurisdiction: "California", verification: null, review: "not_reviewed" });
    expect(notReviewed.rows.map((r) => r.id)).toContain(RULE);
  });
});

describe("review status on the register and the report", () => {
  let incidentId: string;
  let legal: Awaited<ReturnType<typeof createUser>>;

  beforeEach(async () => {
    await resetDatabase();
    const adminToken = await createToken(["admin"]);
    const commander = await createUser(["commander"], "Casey Commander");
    legal = await createUser(["legal"], "Lee Legal");
    incidentId = await declareIncidentVia(adminToken, commander.id);
    await insertObligation(incidentId, "US-CA-1798.82-IND", new Date("2026-12-20T07:59:59Z"));
    await insertObligation(incidentId, "US-CA-1798.82-AG", null);
    const older = await insertObligation(incidentId, "US-TX-521.053-IND", null);
    // An obligation that started under an earlier version of its rule keeps that version.
    await prisma.obligation.update({ where: { id: older.id }, data: { ruleVersion: "2026-01-15.1" } });
    await recordRuleReview(actorOf(legal), "US-CA-1798.82-IND", { ruleVersion: VERSION, reviewerName: "Dana Counsel", reviewedOn: "2026-12-01" });
    await recordRuleReview(actorOf(legal), "US-TX-521.053-IND", { ruleVersion: RULES_BY_ID.get("US-TX-521.053-IND")!.version, reviewerName: "Dana Counsel", reviewedOn: "2026-12-01" });
  });

  it("shows on each register row whether counsel reviewed its rule at the obligation's version (who, when), and lists the others", async () => {
    const { obligations } = await getRegister(actorOf(legal), incidentId);
    const review = (ruleId: string) => obligations.find((o) => o.ruleId === ruleId)!.counselReview;
    expect(review("US-CA-1798.82-IND")).toMatchObject({ reviewerName: "Dana Counsel", reviewedOn: "2026-12-01", ruleVersion: VERSION });
    expect(review("US-CA-1798.82-AG")).toBeNull();
    // Reviewed at the current version, but this obligation runs under an earlier one: not reviewed for it.
    expect(review("US-TX-521.053-IND")).toBeNull();
    expect(unreviewedRules(obligations).map((r) => `${r.ruleId}@${r.ruleVersion}`).sort()).toEqual([
      `US-CA-1798.82-AG@${VERSION}`,
      "US-TX-521.053-IND@2026-01-15.1",
    ]);
  });

  it("says the same in the report: a line per obligation and the rules not reviewed, and in the bundle's JSON", async () => {
    const { blocks, json } = await obligationsSection.build({ data: await loadReportData(incidentId), generatedAt: new Date(), generatedBy: "test", zone: { zone: "UTC", source: "utc" } });
    const entries = blocks.filter((block) => block.kind === "entry");
    // Each entry is titled in words (who it is owed to); its legal basis line names the rule.
    const linesOf = (ruleId: string) =>
      entries.find((entry) => entry.lines.some((line) => line.text.includes(`(rule ${ruleId}, version`)))!.lines.map((line) => line.text);
    expect(linesOf("US-CA-1798.82-IND")).toContain(`Reviewed by counsel: Dana Counsel on 2026-12-01 (rule version ${VERSION})`);
    expect(linesOf("US-CA-1798.82-AG")).toContain(`Not reviewed by counsel at rule version ${VERSION}`);
    expect(linesOf("US-TX-521.053-IND")).toContain("Not reviewed by counsel at rule version 2026-01-15.1");
    expect(blocks.at(-1)).toEqual({
      kind: "paragraph",
      tone: "alert",
      text: `Rules not reviewed by counsel (2): US-CA-1798.82-AG (version ${VERSION}), US-TX-521.053-IND (version 2026-01-15.1).`,
    });
    const stored = json as { ruleId: string; counselReview: { reviewerName: string } | null }[];
    expect(stored.find((o) => o.ruleId === "US-CA-1798.82-IND")?.counselReview?.reviewerName).toBe("Dana Counsel");
  });
});
