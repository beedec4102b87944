import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { RUNTIME_FILE, type TE2ERuntime } from "./paths";

export type TExtraConsole = {
  url: string;
  /** Kills the launcher, Next.js and its worker at once (SIGKILL to the process group): a machine dying mid-request. */
  kill(): void;
  /** Stops it as an operator would (SIGTERM), waiting for it to exit. */
  stop(): Promise<void>;
};

/**
 * Another console process on the e2e run's database, started through the same launcher `npm start` uses (a load
 * balancer's second machine): same data key and SMTP server as the first console, its own port, and — when
 * `worker` — its own worker process, so every durable queue has two consumers.
 */
export async function startExtraConsole(port: number, options: { worker: boolean; env?: Record<string, string> }): Promise<TExtraConsole> {
  const runtime = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: runtime.databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: url,
      BREACHDESK_SKIP_BUILD: "1",
      BREACHDESK_WORKER: options.worker ? "1" : "0",
      BREACHDESK_DATA_KEY: runtime.dataKey,
      SMTP_URL: runtime.smtpUrl,
      NODE_OPTIONS: "",
      ...options.env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the console on port ${port} exited with ${child.exitCode} while starting`);
    if (Date.now() > deadline) {
      group("SIGKILL");
      throw new Error(`the console on port ${port} did not answer within 90 s`);
    }
    const live = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (live) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    kill: () => group("SIGKILL"),
    stop: async () => {
      group("SIGTERM");
      const timer = setTimeout(() => group("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
