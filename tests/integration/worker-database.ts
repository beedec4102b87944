/**
 * Vitest setup file of the `integration` project, run in the worker before each test file: the code under test reads
 * its database from DATABASE_URL (lib/env.ts), which must be this worker's own.
 */
import { testDatabaseUrl } from "./database-url";

process.env.DATABASE_URL = testDatabaseUrl();
