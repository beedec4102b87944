import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { pdfAccessibility, pdfText } from "../tests/support/pdf-text";
import { axeFailures } from "./support/axe";
import { expect, screenshot, test } from "./support/fixtures";
import { SCREENSHOTS_DIR } from "./support/paths";
import { seedClockRecord } from "./support/records";

const HOUR = 3_600_000;

/** Presses Tab until `target` has the focus (keyboard only), and checks the focus is visible. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, "focused element shows a focus outline").not.toBe("none");
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Elements that make the page itself scroll sideways (data tables scroll inside their own box, which WCAG 1.4.10
 * allows); empty when the page reflows.
 */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => {
        for (let up = el.parentElement; up; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return false;
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 120))
      .slice(0, 8);
  });

async function seededIncident(adminApi: import("@playwright/test").APIRequestContext, commander: { id: string; name: string }, title: string) {
  const created = await adminApi.post("/api/incidents", { data: { title, severity: "critical", commanderId: commander.id, summary: "Customer exports readable by anyone." } });
  expect(created.status()).toBe(201);
  const { incident } = (await created.json()) as { incident: { id: string } };
  const now = Date.now();
  await seedClockRecord(incident.id, {
    obligations: [
      { ruleId: "UK-GDPR-33-ICO", recipient: "Information Commissioner's Office", region: "UK", citation: "UK GDPR art. 33(1)", dueAt: new Date(now + 20 * HOUR), ownerId: commander.id },
      { ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", region: "EU", citation: "GDPR art. 33(1)", dueAt: new Date(now + 40 * HOUR) },
      { ruleId: "US-CA-1798.82-AG", recipient: "California Attorney General", region: "US-CA", citation: "Cal. Civ. Code § 1798.82(f)", dueAt: new Date(now + 30 * HOUR), metAt: new Date(now - 2 * HOUR) },
    ],
    affected: [{ jurisdiction: "GB", count: 1200 }, { jurisdiction: "US-CA", count: 640 }, { jurisdiction: "DE", count: null }],
    aware: { at: new Date(now - 50 * HOUR), by: commander },
  });
  return incident.id;
}

test("an executive reads the status view at desktop and phone widths, and it fits 320 px", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Status");
  const title = `Exports bucket public ${Date.now()}`;
  const id = await seededIncident(adminApi, commander, title);
  const exec = await users.create(["exec"], "Erin Exec");
  await signIn(page, exec);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Status" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("UK · Information Commissioner's Office");
  await page.getByRole("link", { name: new RegExp(title) }).click();

  const next = page.getByTestId("next-deadline");
  await expect(next.getByRole("timer")).toContainText(/1[89] h \d\d min left/);
  await expect(next).toContainText("UK");
  await expect(next).toContainText("Information Commissioner's Office");
  await expect(next).toContainText("Casey Status");
  await expect(page.getByRole("list", { name: "Obligations by status" })).toContainText("On track: 2");
  await expect(page.getByRole("region", { name: "Notified" })).toContainText("California Attorney General");
  await expect(page.getByRole("region", { name: "People affected by jurisdiction" })).toContainText("1,840");
  await expect(page.getByRole("region", { name: "Decisions awaiting someone" })).toContainText("Who owns the notice to Supervisory authority");
  await expect(page.getByRole("table", { name: "Open deadlines, soonest first" })).toBeVisible();
  await expect(page.locator('[data-live-state="live"]')).toBeVisible();
  await screenshot(page, "status-exec-desktop");

  // Live: a decision recorded elsewhere appears without a reload.
  const note = await adminApi.post(`/api/incidents/${id}/notes`, {
    data: { text: "Notify the ICO today", decision: { ownerId: commander.id, rationale: "72-hour clock" } },
  });
  expect(note.status(), await note.text()).toBe(201);
  await expect(page.getByRole("region", { name: "Decisions recorded" })).toContainText("Notify the ICO today");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await screenshot(page, "status-exec-print");
  await page.emulateMedia({ media: "screen" });

  // The charts resize on a ResizeObserver callback after the viewport changes: poll until the layout has settled.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect.poll(() => overflowing(page)).toEqual([]);
  await screenshot(page, "status-exec-phone");
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => overflowing(page)).toEqual([]);
  await page.goto("/incidents");
  expect(await overflowing(page)).toEqual([]);
  await screenshot(page, "incidents-320px");
});

test("keyboard only: an executive tabs to the incident, opens its status and downloads the report", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Keys");
  const title = `Keyboard journey ${Date.now()}`;
  const id = await seededIncident(adminApi, commander, title);
  const exec = await users.create(["exec"], "Kim Keyboard");
  await signIn(page, exec);
  await page.goto("/incidents");

  // The skip link is the first stop and moves focus past the navigation.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();

  await tabTo(page, page.getByRole("link", { name: new RegExp(title) }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await tabTo(page, page.getByRole("navigation", { name: "Incident sections" }).getByRole("link", { name: "Status" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Next deadline" })).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "Incident report (PDF)" }));
  const downloadPromise = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^INC-\d{4}-report\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  // The download is on the record.
  const timeline = await adminApi.get(`/api/incidents/${id}/timeline?kind=report.exported`);
  expect(JSON.stringify(await timeline.json())).toContain("Kim Keyboard");

  // The bundle too, kept as an artifact for checking with other tools (unzip, jq, sha256sum).
  await tabTo(page, page.getByRole("button", { name: "Complete export bundle (ZIP)" }));
  const bundlePromise = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const bundle = await bundlePromise;
  expect(bundle.suggestedFilename()).toMatch(/^INC-\d{4}-export\.zip$/);
  await bundle.saveAs(path.join(SCREENSHOTS_DIR, "..", "export-bundle.zip"));

  // Render the PDF's first page to a PNG with pdf.js inside Chromium, to look at it.
  await renderPdfPage(page, pdf, "report-pdf-page-1");
});

test("a legal reviewer downloads the regulator report with times in their own zone or one they choose, open obligations first, as a tagged PDF", async ({ browser, users, signIn, adminApi }) => {
  // Two reports generated and read back (text, structure tree): more work than one page's journey.
  test.slow();
  const commander = await users.create(["commander"], "Casey Zones");
  const id = await seededIncident(adminApi, commander, `Report zones ${Date.now()}`);
  const legal = await users.create(["legal"], "Lee Zones");
  const context = await browser.newContext({ timezoneId: "America/New_York", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, legal);
  await page.goto(`/incidents/${id}/status`);

  const zone = page.getByLabel("Times in the report");
  await expect(zone).toHaveValue("America/New_York");
  expect(await axeFailures(page, "status with the report's zone")).toEqual([]);
  await page.getByRole("region", { name: "Reports and exports" }).scrollIntoViewIfNeeded();
  await screenshot(page, "report-zone-chooser");

  const download = async () => {
    const pending = page.waitForEvent("download");
    await page.getByRole("button", { name: "Incident report (PDF)" }).click();
    return new Uint8Array(readFileSync(await (await pending).path()));
  };
  const own = await download();
  const text = await pdfText(own);
  expect(text).toContain("Times in this report America/New_York (chosen by the person who generated the report)");
  expect(text).toMatch(/ E[SD]T \(UTC-0[45]:00\)/);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  // The exec's question first: what is still owed. The California AG notice was met; the other two are open.
  const open = text.indexOf("Open obligations (2)");
  expect(open).toBeGreaterThan(-1);
  expect(open).toBeLessThan(text.indexOf("Obligations met (1)"));
  expect(text.indexOf("Obligations met (1)")).toBeLessThan(text.indexOf("Appendix: rules that do not apply"));
  expect(text).toContain("About 1,200 residents of the United Kingdom");
  expect(await pdfAccessibility(own)).toMatchObject({ marked: true, language: "en-GB", title: expect.stringMatching(/^INC-\d{4} incident report$/) });
  // Kept as an artifact, to check with other tools (a PDF/UA checker, a screen reader); the keyboard journey above
  // renders a report's first page to look at.
  writeFileSync(path.join(SCREENSHOTS_DIR, "..", "report-new-york.pdf"), own);

  // Another zone, chosen with the keyboard-usable select: the next download follows it.
  await page.goto(`/incidents/${id}/status`);
  await zone.selectOption("Asia/Tokyo");
  expect(await pdfText(await download())).toContain("Times in this report Asia/Tokyo (chosen by the person who generated the report)");
  await context.close();
});

test("keyboard only: a commander declares an incident", async ({ page, users, signIn }) => {
  const commander = await users.create(["commander"], "Kai Keys");
  await signIn(page, commander);
  await tabTo(page, page.getByRole("link", { name: "Declare incident" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Declare an incident" })).toBeVisible();

  // Submitting empty: the error is tied to the field and focus can go straight back to it.
  await tabTo(page, page.getByRole("button", { name: "Declare incident" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Title is required")).toBeVisible();

  const title = `Keyboard declared ${Date.now()}`;
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel("Severity"));
  await page.keyboard.type("critical");
  await tabTo(page, page.getByLabel("Commander"));
  await page.keyboard.type("Kai Keys");
  await tabTo(page, page.getByLabel("Summary"));
  await page.keyboard.type("Declared without a mouse.");
  await tabTo(page, page.getByRole("button", { name: "Declare incident" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("list", { name: "Timeline, newest first" })).toContainText("severity critical");
});

test("keyboard only: a legal reviewer opens an incident and records a note", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Legal Flow");
  const title = `Legal keyboard ${Date.now()}`;
  const created = await adminApi.post("/api/incidents", { data: { title, severity: "high", commanderId: commander.id } });
  expect(created.status()).toBe(201);
  const legal = await users.create(["legal"], "Lee Keys");
  await signIn(page, legal);
  await page.goto("/incidents");
  await tabTo(page, page.getByRole("link", { name: new RegExp(title) }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await tabTo(page, page.getByLabel("Note", { exact: true }));
  await page.keyboard.type("Counsel: GDPR art. 33 clock runs from the aware moment.");
  await tabTo(page, page.getByRole("button", { name: "Add note" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Timeline, newest first" })).toContainText("Counsel: GDPR art. 33 clock runs from the aware moment.");
});

async function renderPdfPage(page: Page, pdf: Buffer, name: string) {
  const build = path.join(process.cwd(), "node_modules/pdfjs-dist/build");
  const origin = "http://pdf-render.invalid";
  await page.route(`${origin}/**`, async (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === "/") {
      return route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><body style="margin:0;background:#888"><canvas id="c"></canvas><script type="module">
          import * as pdfjs from "/pdf.mjs";
          pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs";
          const doc = await pdfjs.getDocument("/report.pdf").promise;
          const p = await doc.getPage(1);
          const viewport = p.getViewport({ scale: 1.5 });
          const canvas = document.getElementById("c");
          canvas.width = viewport.width; canvas.height = viewport.height;
          await p.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
          document.body.dataset.rendered = "yes";
        </script></body>`,
      });
    }
    if (file === "/report.pdf") return route.fulfill({ contentType: "application/pdf", body: pdf });
    return route.fulfill({ contentType: "text/javascript", body: readFileSync(path.join(build, path.basename(file))) });
  });
  await page.goto(`${origin}/`);
  await expect(page.locator("body[data-rendered=yes]")).toBeAttached({ timeout: 30_000 });
  await page.locator("#c").screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`) });
}
