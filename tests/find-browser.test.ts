import { describe, expect, it } from "vitest";
import { findBrowser } from "../e2e/support/browser";

const present = (files: string[]) => (file: string) => files.includes(file);
const candidates = { playwright: "/pw/chrome", system: ["/usr/bin/chromium", "/usr/bin/google-chrome"] };

describe("findBrowser", () => {
  it("takes CHROMIUM_PATH and nothing else when it is set", () => {
    expect(findBrowser({ CHROMIUM_PATH: "/opt/chrome" }, candidates, present(["/opt/chrome", "/pw/chrome"]))).toEqual({
      path: "/opt/chrome",
      source: "CHROMIUM_PATH",
    });
    // A CHROMIUM_PATH that is not there is an error to report, not a reason to pick another browser.
    expect(findBrowser({ CHROMIUM_PATH: "/opt/typo" }, candidates, present(["/pw/chrome", "/usr/bin/chromium"]))).toBeNull();
  });

  it("prefers Playwright's own Chromium over a system one", () => {
    expect(findBrowser({}, candidates, present(["/pw/chrome", "/usr/bin/chromium"]))).toEqual({ path: "/pw/chrome", source: "playwright" });
  });

  it("falls back to the first system browser present", () => {
    expect(findBrowser({}, candidates, present(["/usr/bin/google-chrome"]))).toEqual({ path: "/usr/bin/google-chrome", source: "system" });
    expect(findBrowser({}, { playwright: null, system: candidates.system }, present(["/usr/bin/chromium"]))?.path).toBe("/usr/bin/chromium");
  });

  it("finds nothing when no browser is installed", () => {
    expect(findBrowser({}, candidates, present([]))).toBeNull();
  });
});
