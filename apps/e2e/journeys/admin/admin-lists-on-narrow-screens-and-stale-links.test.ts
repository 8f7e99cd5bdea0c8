import { demoAccounts } from "@atlas/data/demo-accounts";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl, type BrowserSession, launchBrowser } from "../../support/browser.ts";

let session: BrowserSession;
let browser: Browser;
beforeAll(async () => {
  session = await launchBrowser();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
});

/** A context signed in through the real form, on a screen `width` CSS pixels wide. */
async function signedIn(role: string, width: number): Promise<BrowserContext> {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  const context = await browser.newContext({
    baseURL: adminUrl,
    viewport: { width, height: 800 },
  });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  await page.close();
  return context;
}

/** Every cell of the table's first rows lies on screen: nothing needs scrolling sideways. */
async function expectEveryCellOnScreen(page: Page, table: Locator, width: number) {
  const rows = table.locator("tbody tr");
  const count = Math.min(await rows.count(), 5);
  expect(count).toBeGreaterThan(0);
  const columns = await table.locator("thead th").count();
  for (let r = 0; r < count; r++) {
    const cells = rows.nth(r).locator("th, td");
    expect(await cells.count()).toBe(columns);
    for (let c = 0; c < columns; c++) {
      const cell = cells.nth(c);
      const box = await cell.boundingBox();
      expect(box, `row ${r} cell ${c}`).not.toBeNull();
      if (box === null) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      // Each value is introduced by its column's name.
      const label = await cell.evaluate((el) => getComputedStyle(el, "::before").content);
      expect(label, `row ${r} cell ${c}`).not.toBe("none");
    }
  }
  // The table itself does not overflow its region.
  const overflow = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

describe("the dashboard's lists", () => {
  it("keeps every column of the curators' list of trusts on a 320px screen", async () => {
    const context = await signedIn("CURATOR", 320);
    const page = await context.newPage();
    await page.goto("/");
    const table = page.getByRole("table", { name: /^Trusts/ });
    await table.locator("tbody tr").first().waitFor();
    await expectEveryCellOnScreen(page, table, 320);
    await context.close();
  });

  it("keeps every column of a trust's schools on a 320px screen", async () => {
    const context = await signedIn("TRUST_ADMIN", 320);
    const page = await context.newPage();
    await page.goto("/");
    const table = page.getByRole("table", { name: /^Schools in / });
    await table.locator("tbody tr").first().waitFor();
    await expectEveryCellOnScreen(page, table, 320);
    await context.close();
  });

  it("keeps the table layout on a wide screen", async () => {
    const context = await signedIn("CURATOR", 1280);
    const page = await context.newPage();
    await page.goto("/");
    const table = page.getByRole("table", { name: /^Trusts/ });
    await table.locator("tbody tr").first().waitFor();
    expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe("table");
    await context.close();
  });

  it("goes back to the first page of the search when the address has an unreadable cursor", async () => {
    const context = await signedIn("CURATOR", 1280);
    const page = await context.newPage();
    await page.goto("/?q=trust&after=bm90LWEtY3Vyc29y&page=3");
    await page.waitForURL((url) => url.search === "?q=trust");
    const table = page.getByRole("table", { name: "Trusts, page 1" });
    await table.locator("tbody tr").first().waitFor();
    expect(await page.getByText("Check your connection").count()).toBe(0);
    await context.close();
  });
});
