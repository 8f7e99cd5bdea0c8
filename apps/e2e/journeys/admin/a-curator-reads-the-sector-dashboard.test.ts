import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { violationsOn } from "../../support/csp-violations.ts";
import { journey } from "../../support/journey.ts";
import { expectEveryControlReachableByKeyboard } from "../../support/keyboard.ts";

// The curator opens the sector dashboard from the navigation, looks back five years (the demo's
// partnerships, dated for this week, were asked for over the two years before), reads each
// chart and its numbers,
// which agree with one another, narrows the partnerships to one region and downloads a figure as
// CSV — all under the admin's Content-Security-Policy (Recharts styles its SVG through the DOM).

const figures = [
  "Open trusts by region and size",
  "Trusts with a published profile",
  "Partnerships by state over time",
  "Partnership requests per month",
  "Median time to first response",
] as const;

const figure = (page: Page, title: string) => page.getByRole("region", { name: title });
const number = (text: string | null | undefined) => Number((text ?? "").replace(/[^\d.]/g, ""));

/** Opens the figure's numbers and reads its table's body rows, cell by cell. */
async function numbersOf(section: Locator): Promise<string[][]> {
  const summary = section.getByText("Show the numbers");
  if ((await section.locator("details[open]").count()) === 0) await summary.click();
  const rows = section.getByRole("table").locator("tbody tr");
  await rows.first().waitFor();
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? "").trim())),
  );
  return cells;
}

describe("a sector-body curator", () => {
  journey(
    "reads the sector dashboard, its numbers agreeing, and downloads a figure as CSV",
    async ({ openContext }) => {
      const context = await openContext({ app: "admin", as: "curator" });
      const page = await context.newPage();
      const violations = await violationsOn(page);
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
      await page.getByRole("link", { name: "Sector dashboard" }).click();
      await page.getByRole("heading", { level: 1, name: "Sector dashboard" }).waitFor();
      await page.getByLabel("Period").selectOption("60");
      await page.waitForURL(/months=60/);
      await figure(page, figures[0]).waitFor();
      // The five-year figures are in once the partnership table has sixty months.
      await expect.poll(async () => (await numbersOf(figure(page, figures[2]))).length).toBe(60);

      for (const title of figures) {
        const section = figure(page, title);
        const chart = section.getByRole("img");
        expect(await chart.getAttribute("aria-label"), title).toMatch(/\w/);
        // Recharts has drawn it: bars or lines in its SVG.
        const shapes = chart.locator("svg .recharts-rectangle, svg .recharts-curve");
        await expect
          .poll(() => shapes.count(), { message: `${title}: no shapes drawn` })
          .toBeGreaterThan(0);
      }

      // Trusts: each region's row adds up, the regions to all, and all to the trusts counted.
      const trusts = await numbersOf(figure(page, figures[0]));
      const all = trusts.at(-1) ?? [];
      expect(all[0]).toBe("All regions");
      const trustCount = number(all.at(-1));
      expect(trustCount).toBeGreaterThan(300);
      for (const row of trusts) {
        const bands = row.slice(1, -1).map(number);
        expect(bands.reduce((a, b) => a + b, 0)).toBe(number(row.at(-1)));
      }
      expect(trusts.slice(0, -1).reduce((sum, row) => sum + number(row.at(-1)), 0)).toBe(
        trustCount,
      );
      const lead = await figure(page, figures[0])
        .getByText(/open trusts, by the region/)
        .textContent();
      expect(number(lead?.split(" open trusts")[0])).toBe(trustCount);

      const profiles = await numbersOf(figure(page, figures[1]));
      expect(profiles.map((r) => r[0])).toEqual([
        "With a published profile",
        "Without one",
        "All open trusts",
      ]);
      expect(number(profiles[2]?.[1])).toBe(trustCount);
      expect(number(profiles[0]?.[1])).toBeGreaterThan(0);
      expect(number(profiles[0]?.[1]) + number(profiles[1]?.[1])).toBe(trustCount);

      // Partnerships: the latest month holds every one asked for; states add up to the total.
      const partnerships = await numbersOf(figure(page, figures[2]));
      const latest = partnerships.at(-1) ?? [];
      const partnershipCount = number(latest.at(-1));
      expect(partnershipCount).toBeGreaterThan(0);
      expect(
        latest
          .slice(1, -1)
          .map(number)
          .reduce((a, b) => a + b, 0),
      ).toBe(partnershipCount);

      const requests = await numbersOf(figure(page, figures[3]));
      expect(requests).toHaveLength(60);
      const requested = requests.reduce((sum, row) => sum + number(row[1]), 0);
      expect(requested).toBe(partnershipCount);
      const answered = requests.reduce((sum, row) => sum + number(row[2]), 0);
      expect(answered).toBeGreaterThan(0);

      const waits = await numbersOf(figure(page, figures[4]));
      expect(waits.some((row) => /hours?|days/.test(row.at(-1) ?? ""))).toBe(true);
      await figure(page, figures[4]).getByText("median time to a trust's first response").waitFor();

      // One region: fewer partnerships (or as many), never more.
      await page.getByRole("combobox", { name: "Schools in" }).selectOption({ index: 1 });
      await page.waitForURL(/region=/);
      const inRegion = await numbersOf(figure(page, figures[2]));
      const regionCount = number(inRegion.at(-1)?.at(-1));
      expect(regionCount).toBeGreaterThan(0);
      expect(regionCount).toBeLessThanOrEqual(partnershipCount);

      // The requests as CSV: the table's headers, then a row per month with the same counts.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        figure(page, figures[3])
          .getByRole("button", { name: /Download CSV/ })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe("partnership-requests-per-month.csv");
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const [header, ...lines] = Buffer.concat(chunks).toString("utf8").trim().split("\r\n");
      expect(header).toBe(
        "Month,Requests made,Answered by the trust,Median hours to first response",
      );
      expect(lines).toHaveLength(60);
      for (const line of lines) expect(line).toMatch(/^\d{4}-\d{2},\d+,\d+,(\d+(\.\d)?)?$/);
      expect(lines.reduce((sum, line) => sum + Number(line.split(",")[1]), 0)).toBe(requested);

      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await expectEveryControlReachableByKeyboard(page, "admin /sector-dashboard as curator");
      await page.reload();
      await figure(page, figures[4]).waitFor();
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    },
  );
});
