#!/usr/bin/env node
/**
 * Run after any `npm install`: `node scripts/lockfile-platform-stubs.mjs`.
 *
 * The registry these machines reach does not serve every platform build of packages such as @next/swc-*,
 * @tailwindcss/oxide-* and @unrs/resolver-binding-* (darwin, win32… answer 404). npm then leaves them out of
 * package-lock.json, and `npm ci` refuses the lock ("Missing: … from lock file"). This adds an entry for each
 * missing optional platform package, with the os/cpu its name states, so `npm ci` sees a complete lock and skips
 * them on this platform exactly as it would with the real entries.
 */
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);
const OS = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;
let added = 0;

for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const tokens = name.split("/").pop().split("-");
    const os = OS.filter((value) => tokens.includes(value));
    const cpu = CPU.filter((value) => tokens.includes(value));
    if (os.length === 0 && cpu.length === 0) continue; // not a platform build: leave it to npm
    packages[`node_modules/${name}`] = {
      version: String(range).replace(/^[\^~=]/, ""),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os.length ? { os } : {}),
      ...(cpu.length ? { cpu } : {}),
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: added ${added} platform stub(s)`);
