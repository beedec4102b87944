import { beforeEach, describe, expect, it } from "vitest";
import { GET as eventsRoute } from "@/app/api/incidents/[id]/events/route";
import { GET as dashboardRoute } from "@/app/api/live/incidents/route";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { TActor } from "@/lib/auth/policy";
import { addNote } from "@/lib/incidents/service";
import { setIncidentRestricted } from "@/lib/membership/service";
import { insertApiToken, revokeApiToken } from "@/lib/tokens/service";
import { updateUser } from "@/lib/user-admin/update-user";
import { readSse } from "@/tests/support/sse-reader";
import { sessionCookie } from "@/tests/support/session-cookie";
import { resetDatabase } from "./reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";

let commanderActor: TActor;
let administrator: TActor;
let id: string;

beforeEach(async () => {
  await resetDatabase();
  const commander = await createUser(["commander"], "Casey");
  commanderActor = actorOf(commander);
  administrator = actorOf(await createUser(["admin"], "Ada"));
  id = await declareIncidentVia(await createToken(["admin"]), commander.id, "Insider exfiltration");
  // Need-to-know: only administrators, the commander and members see it.
  await setIncidentRestricted(commanderActor, id, { restricted: true, reason: "insider" });
});

type TCredentials = { cookie: string } | { token: string };

function headersOf(credentials: TCredentials): Record<string, string> {
  return "cookie" in credentials ? { cookie: credentials.cookie } : { authorization: `Bearer ${credentials.token}` };
}

async function openTimeline(credentials: TCredentials) {
  const abort = new AbortController();
  const request = new Request(`http://localhost/api/incidents/${id}/events`, { headers: { host: "localhost", ...headersOf(credentials) }, signal: abort.signal });
  const response = await eventsRoute(request, { params: Promise.resolve({ id }) });
  expect(response.status).toBe(200);
  const stream = readSse(response, abort);
  await stream.until(() => stream.ids().length >= 2); // declared, restriction changed
  return stream;
}

async function openDashboard(credentials: TCredentials) {
  const abort = new AbortController();
  const request = new Request("http://localhost/api/live/incidents", { headers: { host: "localhost", ...headersOf(credentials) }, signal: abort.signal });
  const response = await dashboardRoute(request, { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return readSse(response, abort);
}

async function adminSession(signedInAt = Date.now() - 1000) {
  const user = await createUser(["admin"], "Sam");
  // An account older than the session (a session signed in before the account's sessions were ended is refused).
  await prisma.user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date(0) } });
  return { user, credentials: { cookie: await sessionCookie(user.id, signedInAt) } };
}

/** Adds a note and checks that `stream` ends without delivering it, while a rightful viewer's stream gets it. */
async function expectNoteWithheldAndStreamEnded(stream: Awaited<ReturnType<typeof openTimeline>>) {
  const witness = await openTimeline({ token: await createToken(["admin"]) });
  try {
    const before = stream.ids();
    await addNote(commanderActor, id, { text: "The insider's name is in the HR file" });
    await witness.until(() => witness.ids().length >= 3);
    await stream.ends();
    expect(stream.ended).toBe(true);
    expect(stream.ids()).toEqual(before);
    expect(stream.events.at(-1)?.event).toBe("end");
  } finally {
    await witness.close();
    await stream.close();
  }
}

describe("live streams end when the viewer's access ends", () => {
  it("removing the administrator role from a signed-in viewer: the next note of a need-to-know incident is not delivered", async () => {
    const { user, credentials } = await adminSession();
    const stream = await openTimeline(credentials);
    await updateUser(administrator, user.id, { roles: ["engineer"] });
    await expectNoteWithheldAndStreamEnded(stream);
  });

  it("deactivating the viewer", async () => {
    const { user, credentials } = await adminSession();
    const stream = await openTimeline(credentials);
    await updateUser(administrator, user.id, { active: false });
    await expectNoteWithheldAndStreamEnded(stream);
  });

  it("revoking the viewer's API token", async () => {
    const { token, secret } = await insertApiToken({ name: "wallboard", roles: ["admin"] }, null);
    const stream = await openTimeline({ token: secret });
    await revokeApiToken(administrator, token.id);
    await expectNoteWithheldAndStreamEnded(stream);
  });

  it("the viewer's session reaching its end, even with nothing to send", async () => {
    const sessionMs = serverEnv().BREACHDESK_SESSION_HOURS * 3600 * 1000;
    const { credentials } = await adminSession(Date.now() - sessionMs + 1500);
    const stream = await openTimeline(credentials);
    await stream.ends(4000);
    expect(stream.events.at(-1)?.event).toBe("end");
  });

  it("the dashboard feed: a viewer whose administrator role was removed hears nothing more of a need-to-know incident", async () => {
    const { user, credentials } = await adminSession();
    const dashboard = await openDashboard(credentials);
    const witness = await openDashboard({ token: await createToken(["admin"]) });
    try {
      await addNote(commanderActor, id, { text: "visible to administrators" });
      await dashboard.until(() => dashboard.events.some((e) => e.event === "incident"));
      await updateUser(administrator, user.id, { roles: ["engineer"] });
      const heard = dashboard.events.filter((e) => e.event === "incident").length;
      await addNote(commanderActor, id, { text: "after the role was removed" });
      await witness.until(() => witness.events.filter((e) => e.event === "incident").length >= 2);
      await dashboard.ends();
      expect(dashboard.events.filter((e) => e.event === "incident")).toHaveLength(heard);
    } finally {
      await witness.close();
      await dashboard.close();
    }
  });
});
