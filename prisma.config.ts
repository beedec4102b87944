import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// `prisma generate` never runs the native schema engine, but the CLI downloads it first unless this
// variable names an existing file. Migrations run on the WebAssembly engine instead (lib/db/migrate.ts).
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
