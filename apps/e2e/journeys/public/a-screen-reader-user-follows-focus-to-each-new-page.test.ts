import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { journey } from "../../support/journey.ts";
import { demoAccount } from "../../support/personas.ts";

// With JavaScript on, pages change without a page load, so the browser no longer resets focus.
// The app moves it to the new page's heading (the results heading when a search or paging
// shows new results) and announces the new title, as a page load would for a screen reader.

// The second journey signs in through the form: where focus lands after signing in is what it
// checks, so it does not start from the saved session.

/** The focused element, described: its tag and id, and its text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, text: el?.textContent?.trim() };
  });
}

/** The page's polite announcement of the new page. */
function announced(page: Page) {
  return page.locator("[aria-live=polite]").last().textContent();
}

describe("focus after a page change, with JavaScript on", () => {
  journey(
    "lands on the results heading after a search, and again after Next and Previous",
    async ({ openContext }) => {
      const context = await openContext();
      const page = await context.newPage();
      await page.goto("/trusts");
      await page.waitForLoadState("networkidle");

      await page.getByLabel("Trust name, Group ID or Companies House number").fill("trust");
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("heading", { level: 1, name: "Trusts matching “trust”" }).waitFor();
      await expect
        .poll(() => focused(page))
        .toMatchObject({ tag: "h2", id: "results-heading", text: expect.stringMatching(/found$/) });
      await expect
        .poll(() => announced(page))
        .toMatch(/^Trusts matching “trust”, \d+ trusts found/);

      await page.getByRole("link", { name: "Next page" }).click();
      await page
        .getByText(/^Showing 21–40 of /)
        .first()
        .waitFor();
      await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", id: "results-heading" });
      // The heading is in view, not the Next link the page scrolled past.
      await expect(page.locator("#results-heading").isVisible()).resolves.toBe(true);
      await expect.poll(() => announced(page)).toMatch(/page 2 – Trust Atlas$/);

      await page.getByRole("link", { name: "Previous page" }).click();
      await page.waitForURL((url) => !url.searchParams.has("page"));
      await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", id: "results-heading" });
    },
  );

  journey("lands on the h1 of a new page, and after signing in", async ({ openContext }) => {
    const schoolMember = demoAccount("schoolMember");
    const context = await openContext();
    const page = await context.newPage();
    await page.goto("/trusts");
    await page.waitForLoadState("networkidle");

    const trustLink = page
      .getByRole("table")
      .first()
      .getByRole("rowheader")
      .first()
      .getByRole("link");
    const trustName = (await trustLink.textContent()) ?? "";
    await trustLink.click();
    await page.getByRole("heading", { name: "Schools by phase" }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h1" });
    expect((await focused(page)).text).toContain(trustName);
    await expect.poll(() => announced(page)).toBe(`${trustName} – Trust Atlas`);

    await page.getByRole("link", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h1", text: "Sign in" });
    await page.getByLabel("Email address").fill(schoolMember.email);
    await page.getByLabel("Password").fill(schoolMember.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Back on the trust's page, signed in.
    await page.getByRole("heading", { name: "Schools by phase" }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h1" });
    expect((await focused(page)).text).toContain(trustName);
  });
});
