import type { TActor } from "@/lib/auth/policy";
import type { TRole } from "@/lib/auth/roles";
import { insertApiToken } from "@/lib/tokens/service";
import { insertUser } from "@/lib/users/service";
import type { TRouteHandler } from "@/lib/http/with-route";

let counter = 0;

export async function createUser(roles: TRole[], name = `User ${++counter}`) {
  return insertUser({ email: `user${++counter}-${Date.now()}@test.example`, name, password: "a long test password", roles });
}

export async function createToken(roles: TRole[]): Promise<string> {
  return (await insertApiToken({ name: `token ${++counter}`, roles }, null)).secret;
}

export type TCall = {
  token?: string;
  json?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  query?: string;
};

/** Calls a route handler the way Next.js does, with a real Request. */
export async function call(handler: TRouteHandler, method: string, path: string, options: TCall = {}) {
  const headers: Record<string, string> = { host: "localhost", ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] = options.contentType ?? "application/json";
  } else if (options.rawBody !== undefined) {
    body = options.rawBody;
    if (options.contentType) headers["content-type"] = options.contentType;
  }
  const request = new Request(`http://localhost${path}${options.query ?? ""}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null, headers: response.headers };
}

// --- Incident record and timeline ---

/** The signed-in actor a user would be, for calling services directly. */
export function actorOf(user: Awaited<ReturnType<typeof createUser>>): TActor {
  return { kind: "user", id: user.id, email: user.email, name: user.name, roles: user.roles };
}

/** Declares an incident through the real API and returns its id. */
export async function declareIncidentVia(token: string, commanderId: string, title = "Public S3 bucket"): Promise<string> {
  const { POST } = await import("@/app/api/incidents/route");
  const response = await call(POST, "POST", "/api/incidents", { token, json: { title, severity: "high", commanderId } });
  if (response.status !== 201) throw new Error(`declare failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body?.incident as { id: string }).id;
}
