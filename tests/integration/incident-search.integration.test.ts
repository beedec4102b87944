import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/incidents/route";
import { addNote, listIncidents } from "@/lib/incidents/service";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

type TUser = Awaited<ReturnType<typeof createUser>>;

describe("GET /api/incidents?q= (incident search)", () => {
  let commander: TUser;
  let adminToken: string;
  let open: string;
  let secret: string;

  beforeEach(async () => {
    await resetDatabase();
    commander = await createUser(["commander"], "Casey");
    adminToken = await createToken(["admin"]);
    open = await declareIncidentVia(adminToken, commander.id, "Public S3 bucket marketing-assets");
    await declareIncidentVia(adminToken, commander.id, "Phishing wave");
    secret = await declareIncidentVia(adminToken, commander.id, "Board mailbox exfiltrated");
    await addNote(actorOf(commander), open, { text: "Bucket held the Q3 PAYROLL export" });
    await addNote(actorOf(commander), secret, { text: "Payroll data seen in the mailbox too" });
    await setIncidentRestricted(actorOf(commander), secret, { restricted: true, reason: "Insider suspected" });
  });

  const search = async (token: string, q: string) => {
    const response = await call(listRoute, "GET", "/api/incidents", { token, query: `?q=${encodeURIComponent(q)}` });
    expect(response.status).toBe(200);
    return (response.body?.items as { id: string; title: string }[]).map((i) => i.title).sort();
  };

  it("finds incidents by title, summary words, note text (any case) and reference", async () => {
    expect(await search(adminToken, "s3 BUCKET")).toEqual(["Public S3 bucket marketing-assets"]);
    expect(await search(adminToken, "payroll")).toEqual(["Board mailbox exfiltrated", "Public S3 bucket marketing-assets"]);
    expect(await search(adminToken, "INC-0002")).toEqual(["Phishing wave"]);
    expect(await search(adminToken, "2")).toEqual(["Phishing wave"]);
    expect(await search(adminToken, "100%_")).toEqual([]);
  });

  it("never shows a need-to-know incident to a non-member, by title or by note text", async () => {
    const engineerToken = await createToken(["engineer"]);
    expect(await search(engineerToken, "payroll")).toEqual(["Public S3 bucket marketing-assets"]);
    expect(await search(engineerToken, "mailbox")).toEqual([]);
    expect(await search(engineerToken, "INC-0003")).toEqual([]);
    const outsider = await createUser(["legal"], "Olly");
    expect((await listIncidents(actorOf(outsider), { q: "mailbox" })).items).toEqual([]);
  });

  it("shows it to its members and administrators", async () => {
    const member = await createUser(["legal"], "Mia");
    await setIncidentMember(actorOf(commander), secret, { userId: member.id, role: "legal_lead" });
    expect((await listIncidents(actorOf(member), { q: "mailbox" })).items.map((i) => i.id)).toEqual([secret]);
    expect(await search(adminToken, "mailbox")).toEqual(["Board mailbox exfiltrated"]);
  });

  it("answers a too-long search with 400 naming q", async () => {
    const response = await call(listRoute, "GET", "/api/incidents", { token: adminToken, query: `?q=${"x".repeat(201)}` });
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([expect.objectContaining({ name: "q" })]);
  });
});
