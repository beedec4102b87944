import { startFake, type TFakeRequest } from "./http-fake";

/**
 * A fake Slack Web API (https://api.slack.com/web): checks the bot token the way Slack does (`Authorization: Bearer
 * xoxb-…`, else `{ ok: false, error: "not_authed" }` / `invalid_auth`), reads the method's arguments from a form or
 * JSON body as Slack accepts them, and answers `{ ok: true, … }` (chat.postMessage; users.info from `emails`). `failNext` makes the next calls answer Slack's rate
 * limit (HTTP 429 with Retry-After, `ratelimited`).
 */
export async function startFakeSlack(token: string) {
  const state = { failNext: 0, posts: [] as { channel: string; text: string; blocks: unknown[] }[], emails: new Map<string, string>() };
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
    if (request.path === "/api/users.info") {
      const email = state.emails.get(String(args.user ?? ""));
      if (email === undefined) return { status: 200, json: { ok: false, error: "user_not_found" } };
      return { status: 200, json: { ok: true, user: { id: args.user, profile: { email } } } };
    }
    return { status: 200, json: { ok: false, error: "unknown_method" } };
  });
  return { ...fake, state };
}

function argumentsOf(request: TFakeRequest): Record<string, unknown> {
  if (String(request.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(request.body || "{}") as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(request.body));
}
