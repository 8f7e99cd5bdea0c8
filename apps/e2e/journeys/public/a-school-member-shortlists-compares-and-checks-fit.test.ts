import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

// The demo school member's whole mapping exercise, as issue 8 tells it: search with filters,
// shortlist three trusts, compare them, record the school's values and priorities, and read
// the ranking with its reasons. Each run has a fresh demo database, so the shortlist and the
// fit profile start empty.

/** The demo school member's school (the generator's `demoSchool`), in Leeds. */
const demoSchool = "Riverside Community Primary School";

function resultsTable(page: Page) {
  return page.getByRole("table", { name: /^Trusts found/ });
}

async function searchWithFilters(page: Page): Promise<void> {
  await page.goto("/trusts");
  await page.getByRole("heading", { level: 1, name: "Find a trust" }).waitFor();
  await page.getByLabel(/^Yorkshire and the Humber/).check();
  await page
    .getByLabel(/^Primary/)
    .first()
    .check();
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Trusts matching your filters" }).waitFor();
  await page.getByText(/^Showing 1–20 of [\d,]+, sorted by name, a to z$/).waitFor();
}

describe("a school member maps their school against trusts", () => {
  journey(
    "searches with filters, shortlists three trusts, compares them, records the school's values and sees the ranking with reasons",
    async ({ openContext }) => {
      const context = await openContext({ as: "schoolMember" });
      const page = await context.newPage();
      await searchWithFilters(page);

      // Three trusts onto the shortlist, from the results; each button turns to Remove.
      const names: string[] = [];
      for (let row = 0; row < 3; row++) {
        // Row 0 is the header row.
        const result = resultsTable(page)
          .getByRole("row")
          .nth(row + 1);
        names.push((await result.getByRole("rowheader").getByRole("link").textContent()) ?? "");
        await result.getByRole("button", { name: /^Add to shortlist/ }).click();
        await result.getByRole("button", { name: /^Remove from shortlist/ }).waitFor();
      }
      // Still the same search, page and filters.
      expect(new URL(page.url()).searchParams.getAll("region")).toEqual([
        "yorkshire-and-the-humber",
      ]);

      // The header leads to the school's shortlist: the three, newest first, with a note.
      await page
        .getByRole("navigation", { name: /main|primary/i })
        .getByRole("link", { name: "Shortlist" })
        .click();
      await page.getByRole("heading", { level: 1, name: `Shortlist for ${demoSchool}` }).waitFor();
      await page.getByRole("heading", { level: 2, name: "Trusts on the shortlist (3)" }).waitFor();
      const first = names[2] ?? "";
      await page.getByLabel(`Note on ${first}`).fill("Ask how CPD is shared across schools.");
      await page.getByRole("button", { name: `Save note on ${first}` }).click();
      await page.getByRole("heading", { name: "The note is saved." }).waitFor();
      await expect(page.getByLabel(`Note on ${first}`).inputValue()).resolves.toBe(
        "Ask how CPD is shared across schools.",
      );
      expect(await seriousAxeViolations(page)).toEqual([]);

      // All three start chosen: one press compares them side by side.
      await page.getByRole("button", { name: "Compare chosen trusts" }).click();
      await page.getByRole("heading", { level: 1, name: "Compare trusts" }).waitFor();
      const atAGlance = page.getByRole("table").first();
      for (const name of names) {
        await atAGlance.getByRole("columnheader", { name }).waitFor();
      }
      await expect(page.getByText("Differs", { exact: true }).count()).resolves.toBeGreaterThan(0);
      await page.getByRole("link", { name: "Download this comparison (CSV)" }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The school's values and priorities, from its page's Start here.
      await page.goto("/schools");
      await page.getByLabel("School name, URN or postcode").fill("Riverside");
      await page.getByLabel("Local authority").selectOption({ label: "Leeds" });
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("table").getByRole("link", { name: demoSchool, exact: true }).click();
      await page.getByRole("link", { name: "Check fit for this school" }).click();
      await page
        .getByRole("heading", { level: 1, name: `How well trusts fit ${demoSchool}` })
        .waitFor();
      await page
        .getByRole("textbox", { name: "The school's vision" })
        .fill("Every child reads well by seven, and loves it.");
      await page.getByLabel(/^Inclusion/).check();
      await page.getByLabel(/^Collaboration/).check();
      await page
        .getByLabel("Holding the school's values")
        .selectOption({ label: "Matters most (5)" });
      await page.getByLabel("Being near the school").selectOption({ label: "Matters a lot (4)" });
      await page.getByLabel("Furthest the trust's nearest school may be, in km").fill("20");
      await page.getByRole("button", { name: "Save the profile" }).click();

      // Every open trust ranked, best first, each with its score, parts and reasons.
      await page.getByRole("heading", { level: 2, name: "Trusts, best fit first" }).waitFor();
      const ranked = page
        .getByRole("heading", { level: 2, name: "Trusts, best fit first" })
        .locator("..")
        .getByRole("listitem");
      await expect(
        ranked
          .first()
          .getByText(/^Fit score: \d{1,3} out of 100$/)
          .count(),
      ).resolves.toBe(1);
      await expect(
        ranked
          .first()
          .getByText(/values|km|nearest school/i)
          .count(),
      ).resolves.toBeGreaterThan(0);
      await expect(page.getByText(/^\d[\d,]* open trusts scored\.$/).count()).resolves.toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
  );
});

// Its error summary takes focus on arrival, so the skip-link walk of every page does not fit it.
journey(
  "a comparison of too few trusts says what to do, with no serious axe issue",
  async ({ openContext }) => {
    const context = await openContext({ withoutAppScripts: true });
    const page = await context.newPage();
    const response = await page.goto("/compare");
    expect(response?.status()).toBe(400);
    await page.getByText(/^Choose at least 2 trusts to compare/).waitFor();
    await page.getByRole("link", { name: "Find a trust" }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  },
);
