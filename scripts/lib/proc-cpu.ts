/**
 * CPU time of processes on Linux, read from /proc, for the benchmarks: on a shared, noisy two-core machine the CPU a
 * unit of work costs in each process (this one, PostgreSQL, the console) is steadier than wall time, and says which
 * of them a rate is waiting on.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const TICK_MS = 10; // Linux USER_HZ (getconf CLK_TCK = 100)

/** utime + stime of a process, plus those of its children that exited (closed backends) when asked; 0 once gone. */
export function procCpuMs(pid: number, withExitedChildren = false): number {
  try {
    // "pid (comm) state …": comm may hold spaces and parentheses, so split after the last ") ".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    const own = Number(fields[11]) + Number(fields[12]);
    return (withExitedChildren ? own + Number(fields[13]) + Number(fields[14]) : own) * TICK_MS;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** A process and all its descendants, living ones and those that exited: e.g. `next start` and the server it forks. */
export function processTreeCpuMs(pid: number): number {
  return procCpuMs(pid, true) + childrenOf(pid).reduce((sum, child) => sum + processTreeCpuMs(child), 0);
}

/** The PostgreSQL server of a data directory: its postmaster and every backend, including closed ones. */
export function postgresCpuMs(dataDir: string): number {
  const postmaster = postmasterPid(dataDir);
  return postmaster ? processTreeCpuMs(postmaster) : 0;
}

export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** This process's own CPU so far (ms). */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
