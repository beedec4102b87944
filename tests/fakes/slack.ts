import { startFake, type TFakeRequest } from "./http-fake";

/**
 * A fake Slack Web API (https://api.slack.com/web): checks the bot token the way Slack does (`Authorization: Bearer
 * xoxb-…`, else `{ ok: false, error: "not_authed" }` / `invalid_auth`), reads the method's arguments from a form or
 * JSON body as Slack accepts them, and answers `{ ok: true, … }`: chat.postMessage; users.info and users.lookupByEmail
 * from `emails`; conversations.create, list, invite, kick and archive with Slack's errors (name_taken, invalid_name_specials,
 * already_in_channel, not_in_channel); auth.test. `failNext` makes the next calls answer Slack's rate limit (HTTP 429
 * with Retry-After, `ratelimited`).
 */
export async function startFakeSlack(token: string) {
  const state = {
    failNext: 0,
    posts: [] as { channel: string; text: string; blocks: unknown[] }[],
    /** Slack user id → e-mail (users.info, users.lookupByEmail). */
    emails: new Map<string, string>(),
    channels: new Map<string, TFakeChannel>(),
  };
  const byName = (name: string) => [...state.channels.values()].find((c) => c.name === name);
  const fake = await startFake((request: TFakeRequest) => {
    const auth = request.headers.authorization;
    if (!auth) return { status: 200, json: { ok: false, error: "not_authed" } };
    if (auth !== `Bearer ${token}`) return { status: 200, json: { ok: false, error: "invalid_auth" } };
    if (state.failNext > 0) {
      state.failNext -= 1;
      return { status: 429, json: { ok: false, error: "ratelimited" }, headers: { "retry-after": "30" } };
    }
    const args = argumentsOf(request);
    if (request.path === "/api/chat.postMessage") {
      const blocks = typeof args.blocks === "string" ? (JSON.parse(args.blocks) as unknown[]) : ((args.blocks as unknown[] | undefined) ?? []);
      if (typeof args.channel !== "string" || !args.channel) return { status: 200, json: { ok: false, error: "channel_not_found" } };
      state.posts.push({ channel: args.channel, text: String(args.text ?? ""), blocks });
      return { status: 200, json: { ok: true, channel: args.channel, ts: `1700000000.${String(state.posts.length).padStart(6, "0")}` } };
    }
    if (request.path === "/api/auth.test") return { status: 200, json: { ok: true, team: "Fake workspace", user: "breachdesk", user_id: BOT_USER } };
    if (request.path === "/api/conversations.create") {
      const name = String(args.name ?? "");
      if (!name) return { status: 200, json: { ok: false, error: "invalid_name_required" } };
      if (name.length > 80) return { status: 200, json: { ok: false, error: "invalid_name_maxlength" } };
      if (!/^[a-z0-9_-]+$/.test(name)) return { status: 200, json: { ok: false, error: "invalid_name_specials" } };
      if (byName(name)) return { status: 200, json: { ok: false, error: "name_taken" } };
      const channel: TFakeChannel = { id: `C${String(state.channels.size + 1).padStart(10, "0")}`, name, isPrivate: String(args.is_private) === "true", archived: false, members: new Set([BOT_USER]) };
      state.channels.set(channel.id, channel);
      return { status: 200, json: { ok: true, channel: { id: channel.id, name, is_private: channel.isPrivate } } };
    }
    if (request.path === "/api/conversations.archive") {
      const channel = state.channels.get(String(args.channel ?? ""));
      if (!channel) return { status: 200, json: { ok: false, error: "channel_not_found" } };
      if (channel.archived) return { status: 200, json: { ok: false, error: "already_archived" } };
      channel.archived = true;
      return { status: 200, json: { ok: true } };
    }
    if (request.path === "/api/conversations.list") {
      const visible = [...state.channels.values()].filter((c) => !c.archived && (!c.isPrivate || c.members.has(BOT_USER)));
      return { status: 200, json: { ok: true, channels: visible.map((c) => ({ id: c.id, name: c.name, is_private: c.isPrivate })), response_metadata: { next_cursor: "" } } };
    }
    if (request.path === "/api/users.lookupByEmail") {
      const found = [...state.emails].find(([, email]) => email.toLowerCase() === String(args.email ?? "").toLowerCase());
      return { status: 200, json: found ? { ok: true, user: { id: found[0], profile: { email: found[1] } } } : { ok: false, error: "users_not_found" } };
    }
    if (request.path === "/api/conversations.invite" || request.path === "/api/conversations.kick") {
      const channel = state.channels.get(String(args.channel ?? ""));
      if (!channel) return { status: 200, json: { ok: false, error: "channel_not_found" } };
      const user = String(args.users ?? args.user ?? "");
      if (!state.emails.has(user)) return { status: 200, json: { ok: false, error: "user_not_found" } };
      if (request.path === "/api/conversations.kick") {
        if (!channel.members.delete(user)) return { status: 200, json: { ok: false, error: "not_in_channel" } };
        return { status: 200, json: { ok: true } };
      }
      if (channel.members.has(user)) return { status: 200, json: { ok: false, error: "already_in_channel" } };
      channel.members.add(user);
      return { status: 200, json: { ok: true, channel: { id: channel.id } } };
    }
    if (request.path === "/api/users.info") {
      const email = state.emails.get(String(args.user ?? ""));
      if (email === undefined) return { status: 200, json: { ok: false, error: "user_not_found" } };
      return { status: 200, json: { ok: true, user: { id: args.user, profile: { email } } } };
    }
    return { status: 200, json: { ok: false, error: "unknown_method" } };
  });
  return { ...fake, state };
}

type TFakeChannel = { id: string; name: string; isPrivate: boolean; archived: boolean; members: Set<string> };
const BOT_USER = "UBREACHDESK";

function argumentsOf(request: TFakeRequest): Record<string, unknown> {
  if (String(request.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(request.body || "{}") as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(request.body));
}
