import { expect, test } from "./support/fixtures";

test("the console keeps itself out of search engines", async ({ page, request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = (await robots.text()).split("\n").map((line) => line.trim());
  expect(rules).toContain("User-agent: *");
  expect(rules).toContain("Disallow: /");

  await page.goto("/signin");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("the favicon, the touch icon and the web manifest's icons are served", async ({ page, request }) => {
  await page.goto("/signin");
  const hrefs = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll(
    (links) => links.map((link) => (link as HTMLLinkElement).getAttribute("href") ?? ""),
  );
  expect(hrefs).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]));

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const { name, icons } = (await manifest.json()) as { name: string; icons: { src: string; type: string }[] };
  expect(name).toBe("Breachdesk");
  for (const path of [...icons.map((icon) => icon.src), "/favicon.ico", "/apple-touch-icon.png"]) {
    const asset = await request.get(path);
    expect(asset.status(), path).toBe(200);
    expect(asset.headers()["content-type"], path).toMatch(/^image\//);
    expect((await asset.body()).length, path).toBeGreaterThan(100);
  }
});
