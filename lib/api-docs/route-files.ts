import { readdirSync } from "node:fs";
import path from "node:path";

/** Route files the API reference leaves out, each with the reason. */
export const UNDOCUMENTED_ROUTES: Record<string, string> = {
  "api/auth/[...nextauth]/route.ts": "next-auth's own sign-in endpoints, used by the console's sign-in page, not by integrations",
};

/** Every app/api/**\/route.ts under `appDir`, as paths relative to it with forward slashes, sorted. */
export function apiRouteFiles(appDir: string): string[] {
  return readdirSync(path.join(appDir, "api"), { recursive: true, encoding: "utf8" })
    .map((file) => `api/${file.split(path.sep).join("/")}`)
    .filter((file) => /(^|\/)route\.(ts|tsx|js|mjs)$/.test(file))
    .sort();
}

/** "api/incidents/[id]/notes/route.ts" → "/incidents/{id}/notes": the path under the API's base URL. */
export function apiPathOf(routeFile: string): string {
  const segments = routeFile.split("/").slice(1, -1);
  return `/${segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}
