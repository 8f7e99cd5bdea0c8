import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { journey } from "../../support/journey.ts";

// Staff start from the session the global setup saved: signing in is not what these test.

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
  journey(
    "keeps every column of the curators' list of trusts on a 320px screen",
    async ({ openContext }) => {
      const context = await openContext({
        app: "admin",
        as: "curator",
        viewport: { width: 320, height: 800 },
      });
      const page = await context.newPage();
      await page.goto("/");
      const table = page.getByRole("table", { name: /^Trusts/ });
      await table.locator("tbody tr").first().waitFor();
      await expectEveryCellOnScreen(page, table, 320);
    },
  );

  journey("keeps every column of a trust's schools on a 320px screen", async ({ openContext }) => {
    const context = await openContext({
      app: "admin",
      as: "trustAdmin",
      viewport: { width: 320, height: 800 },
    });
    const page = await context.newPage();
    await page.goto("/");
    const table = page.getByRole("table", { name: /^Schools in / });
    await table.locator("tbody tr").first().waitFor();
    await expectEveryCellOnScreen(page, table, 320);
  });

  journey("keeps the table layout on a wide screen", async ({ openContext }) => {
    const context = await openContext({
      app: "admin",
      as: "curator",
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto("/");
    const table = page.getByRole("table", { name: /^Trusts/ });
    await table.locator("tbody tr").first().waitFor();
    expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe("table");
  });

  journey(
    "goes back to the first page of the search when the address has an unreadable cursor",
    async ({ openContext }) => {
      const context = await openContext({
        app: "admin",
        as: "curator",
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      await page.goto("/?q=trust&after=bm90LWEtY3Vyc29y&page=3");
      await page.waitForURL((url) => url.search === "?q=trust");
      const table = page.getByRole("table", { name: "Trusts, page 1" });
      await table.locator("tbody tr").first().waitFor();
      expect(await page.getByText("Check your connection").count()).toBe(0);
    },
  );
});
