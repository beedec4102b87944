import { startFake } from "@/tests/fakes/http-fake";

type TRecord = { sys_id: string; number: string; table: string; fields: Record<string, unknown> };

/** A fake ServiceNow Table API: basic auth checked, POST /api/now/table/{table} → 201 {result}, GET by correlation_id. */
export function startFakeServiceNow(options: { username: string; password: string }) {
  const records: TRecord[] = [];
  const expected = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString("base64")}`;
  return startFake(({ method, path, headers, body }) => {
    if (headers.authorization !== expected) return { status: 401, json: { error: { message: "User Not Authenticated" } } };
    const url = new URL(path, "http://sn");
    const table = /^\/api\/now\/table\/([a-z_]+)$/.exec(url.pathname)?.[1];
    if (!table) return { status: 404, json: {} };
    if (method === "GET") {
      const correlation = /^correlation_id=(.+)$/.exec(url.searchParams.get("sysparm_query") ?? "")?.[1];
      return { status: 200, json: { result: records.filter((r) => r.table === table && r.fields.correlation_id === correlation).map((r) => ({ sys_id: r.sys_id, number: r.number })) } };
    }
    const fields = JSON.parse(body) as Record<string, unknown>;
    if (typeof fields.short_description !== "string") return { status: 400, json: { error: { message: "short_description required" } } };
    const record = { sys_id: `sys${records.length + 1}`, number: `SIR00${records.length + 1001}`, table, fields };
    records.push(record);
    return { status: 201, json: { result: { sys_id: record.sys_id, number: record.number, ...fields } } };
  }).then((fake) => ({ ...fake, records }));
}
