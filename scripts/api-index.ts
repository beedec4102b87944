/**
 * Writes lib/api-docs/route-index.ts: a static import of every app/api/**\/route.ts with its path, which the
 * OpenAPI document is generated from. Run after adding, moving or removing a route: `npm run api:index`.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { UNDOCUMENTED_ROUTES, apiRouteFiles } from "../lib/api-docs/route-files";
import { ROUTE_INDEX_FILE, routeIndexSource } from "../lib/api-docs/route-index-source";

const root = path.resolve(__dirname, "..");
const files = apiRouteFiles(path.join(root, "app")).filter((file) => !(file in UNDOCUMENTED_ROUTES));
writeFileSync(path.join(root, ROUTE_INDEX_FILE), routeIndexSource(files));
console.log(`${ROUTE_INDEX_FILE}: ${files.length} route files`);
