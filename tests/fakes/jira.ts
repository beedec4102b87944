import { startFake } from "@/tests/fakes/http-fake";

type TIssue = { key: string; labels: string[]; summary: string; body: Record<string, unknown> };

/**
 * A fake Jira Cloud: checks the auth header as Jira does (basic email:token, or a bearer token), creates issues
 * (POST /rest/api/3/issue → 201 {id,key,self}; 400 without project, issue type or summary) and finds them by label
 * (GET /rest/api/3/search/jql). `createDelayMs` holds the answer to a creation, to kill a worker mid-call.
 */
export function startFakeJira(options: { email?: string; token: string; projectKey: string; createDelayMs?: number }) {
  const issues: TIssue[] = [];
  const expected = options.email ? `Basic ${Buffer.from(`${options.email}:${options.token}`).toString("base64")}` : `Bearer ${options.token}`;
  return startFake(async ({ method, path, headers, body }) => {
    if (headers.authorization !== expected) return { status: 401, json: { errorMessages: ["Client must be authenticated"] } };
    const url = new URL(path, "http://jira");
    if (method === "GET" && url.pathname === "/rest/api/3/myself") return { status: 200, json: { accountId: "5b10ac8d82e05b22cc7d4ef5", emailAddress: options.email ?? null, active: true } };
    if (method === "GET" && url.pathname === "/rest/api/3/search/jql") {
      const label = /labels = "([^"]+)"/.exec(url.searchParams.get("jql") ?? "")?.[1];
      return { status: 200, json: { issues: issues.filter((i) => label && i.labels.includes(label)).map((i) => ({ key: i.key })) } };
    }
    if (method === "POST" && url.pathname === "/rest/api/3/issue") {
      const fields = (JSON.parse(body) as { fields?: Record<string, unknown> }).fields ?? {};
      const project = (fields.project as { key?: string } | undefined)?.key;
      if (project !== options.projectKey || !(fields.issuetype as { name?: string } | undefined)?.name || typeof fields.summary !== "string") {
        return { status: 400, json: { errors: { project: "invalid" } } };
      }
      const key = `${project}-${issues.length + 1}`;
      issues.push({ key, labels: (fields.labels as string[]) ?? [], summary: fields.summary, body: fields });
      if (options.createDelayMs) await new Promise((resolve) => setTimeout(resolve, options.createDelayMs));
      return { status: 201, json: { id: String(10000 + issues.length), key, self: `http://jira/rest/api/3/issue/${key}` } };
    }
    return { status: 404, json: {} };
  }).then((fake) => ({ ...fake, issues }));
}
