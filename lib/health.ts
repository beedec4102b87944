import "server-only";
import { prisma, type TDb } from "@/lib/db";

const PROBE_TIMEOUT_MS = 2000;

export type THealth = { status: "ok" | "unavailable"; database: { status: "up" | "down"; latencyMs?: number; error?: string } };

/** Probes the database with a bounded wait, so a hung connection reports "down" instead of hanging the probe. */
export async function checkHealth(db: Pick<TDb, "$queryRaw"> = prisma): Promise<THealth> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), PROBE_TIMEOUT_MS).unref()),
    ]);
    return { status: "ok", database: { status: "up", latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    const reason = error instanceof Error && error.message === "timed out" ? "timed out" : "unreachable";
    return { status: "unavailable", database: { status: "down", error: reason } };
  }
}
