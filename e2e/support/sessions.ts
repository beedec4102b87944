import type { Browser, Page } from "@playwright/test";
import { expect, screenshot, type TTestUser } from "./fixtures";

/** A browser context of its own for one user, signed in through the real sign-in page. */
export async function as(browser: Browser, signIn: (page: Page, user: TTestUser) => Promise<void>, user: TTestUser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, user);
  return { page, close: () => context.close() };
}

/** Screenshots at desktop and phone width (the phone one must not scroll sideways), back to desktop after. */
export async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 375, height: 800 });
  // Charts resize on a ResizeObserver callback: wait until the page has reflowed to the phone's width.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
}
