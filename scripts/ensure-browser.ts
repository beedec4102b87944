/**
 * First step of `npm run test:e2e`: makes sure a Chromium is there for Playwright, so that `npm test` works on a
 * fresh machine by itself. In order: a browser already found (CHROMIUM_PATH, Playwright's own, the system's);
 * Playwright's own download; the system package manager (Debian/Ubuntu apt-get, as root) where that is how a
 * machine without Playwright's download host gets browsers. Otherwise one line saying what to install, exit 1.
 */
import { spawnSync } from "node:child_process";
import { findBrowser } from "../e2e/support/browser";

function run(command: string, args: string[], timeoutMs: number): boolean {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return result.status === 0;
}

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function report(how: string): never {
  const browser = findBrowser();
  if (!browser) {
    console.error(`No Chromium for the end-to-end tests (${how}): install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to one.`);
    process.exit(1);
  }
  console.log(`End-to-end tests use ${browser.path} (${how}).`);
  process.exit(0);
}

const found = findBrowser();
if (found) {
  console.log(`End-to-end tests use ${found.path} (${found.source === "system" ? "system package" : found.source}).`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) report(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`);

console.log("No Chromium found: trying Playwright's own download.");
if (run(process.execPath, [require.resolve("@playwright/test/cli"), "install", "chromium"], 300_000) && findBrowser()) {
  report("installed by Playwright");
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && onPath("apt-get")) {
  console.log("Playwright's download is not reachable: installing Debian's chromium package with apt-get.");
  if (run("apt-get", ["update", "-qq"], 600_000) && run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-dejavu-core"], 900_000)) {
    report("installed with apt-get");
  }
  report("apt-get could not install chromium");
}
report(isRoot ? "no supported package manager" : "not root, so no system package was installed");
