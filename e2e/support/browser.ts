import { accessSync, constants } from "node:fs";
import { chromium } from "@playwright/test";

/** Browsers installed by a system package manager, in the order they are tried. */
export const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

export type TBrowserSource = "CHROMIUM_PATH" | "playwright" | "system";
export type TFoundBrowser = { path: string; source: TBrowserSource };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright would keep its own Chromium (after `playwright install chromium`), whether or not it is there. */
export function playwrightChromiumPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The browser the end-to-end tests drive: `CHROMIUM_PATH` when set (and then only that one, so a typo is not
 * silently replaced by another browser), else Playwright's own Chromium, else a system one. Finds; never installs.
 */
export function findBrowser(
  env: Readonly<Record<string, string | undefined>> = process.env,
  candidates: { playwright: string | null; system: readonly string[] } = { playwright: playwrightChromiumPath(), system: SYSTEM_BROWSERS },
  executable: (file: string) => boolean = isExecutable,
): TFoundBrowser | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" } : null;
  if (candidates.playwright && executable(candidates.playwright)) return { path: candidates.playwright, source: "playwright" };
  const system = candidates.system.find(executable);
  return system ? { path: system, source: "system" } : null;
}
