import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { journey } from "../../support/journey.ts";

// On a phone (360 CSS pixels wide) a table's columns must all be reachable: either the rows
// stack so every cell is on screen, or the table scrolls sideways inside its own region with a
// visible cue (the edge shadow) that there is more. Never a column cut off without a sign.

const WIDTH = 360;

interface TableReport {
  caption: string;
  /** Cells whose box ends beyond the screen's right edge, or starts before its left. */
  cutOff: string[];
  /** The table's scroll region is wider inside than out. */
  scrolls: boolean;
  /** The scroll region paints a cue (a gradient shadow) at its edges. */
  hasCue: boolean;
}

function reportTables(page: Page): Promise<{ pageScrollWidth: number; tables: TableReport[] }> {
  return page.evaluate((width) => {
    const tables = [...document.querySelectorAll("table")].map((table) => {
      const region = table.closest<HTMLElement>(".ui-table-scroll");
      const cutOff = [...table.querySelectorAll<HTMLElement>("tbody th, tbody td")]
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
        })
        .map((cell) => cell.textContent?.trim() ?? "");
      const scrolls = region !== null && region.scrollWidth > region.clientWidth + 1;
      const hasCue =
        region !== null && getComputedStyle(region).backgroundImage.includes("gradient");
      return { caption: table.caption?.textContent ?? "", cutOff, scrolls, hasCue };
    });
    return { pageScrollWidth: document.documentElement.scrollWidth, tables };
  }, WIDTH);
}

/** A trust's and a school's page, found through the search, with their tables. */
async function pagesWithTables(page: Page): Promise<string[]> {
  await page.goto("/trusts");
  const trustHref = await page
    .getByRole("table")
    .first()
    .getByRole("rowheader")
    .first()
    .getByRole("link")
    .getAttribute("href");
  await page.goto(trustHref ?? "/trusts");
  const schoolHref = await page
    .getByRole("table", { name: /^Schools in / })
    .getByRole("rowheader")
    .first()
    .getByRole("link")
    .getAttribute("href");
  return ["/trusts", trustHref ?? "/trusts", schoolHref ?? "/trusts"];
}

describe(`tables on a screen ${WIDTH} pixels wide`, () => {
  journey(
    "keep every column on screen, or scroll in their own region with a visible cue",
    async ({ openContext }) => {
      const context = await openContext({ viewport: { width: WIDTH, height: 740 }, mobile: true });
      const page = await context.newPage();
      const paths = await pagesWithTables(page);
      let tablesSeen = 0;
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { pageScrollWidth, tables } = await reportTables(page);
        // The page itself never scrolls sideways.
        expect(pageScrollWidth, path).toBeLessThanOrEqual(WIDTH);
        for (const table of tables) {
          tablesSeen += 1;
          const label = `${path}: ${table.caption}`;
          if (table.scrolls) expect(table.hasCue, label).toBe(true);
          else expect(table.cutOff, label).toEqual([]);
        }
      }
      expect(tablesSeen).toBeGreaterThanOrEqual(2);
    },
  );
});
