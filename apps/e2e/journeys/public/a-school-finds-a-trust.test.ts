import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { journey } from "../../support/journey.ts";

/** Marks the document, so a check after a click can tell a client navigation from a reload. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dataset.e2eMark = "same-document";
  });
}

async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.dataset.e2eMark === "same-document");
}

const resultsTable = (page: Page) => page.getByRole("table").first();

/** Waits until the page shows `text` (with JavaScript on, the URL changes before the page does). */
async function waitForText(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor();
}

describe.each([
  { mode: "with JavaScript off", javaScript: false },
  { mode: "with JavaScript on", javaScript: true },
])("finding a trust $mode", ({ javaScript }) => {
  journey(
    "a school finds a trust by name and region, narrows by phase, and opens a trust and a school",
    async ({ openContext }) => {
      const context = await openContext({ javaScript });
      const page = await context.newPage();
      await page.goto("/");
      if (javaScript) await page.waitForLoadState("networkidle");
      await expect(page.title()).resolves.toBe("Find and compare school trusts – Trust Atlas");

      await page.getByLabel("Trust name, Group ID or Companies House number").fill("academy");
      await page.getByLabel("Region", { exact: true }).selectOption({ label: "North West" });
      if (javaScript) await markDocument(page);
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("heading", { level: 1, name: "Trusts matching “academy”" }).waitFor();
      if (javaScript) expect(await sameDocument(page)).toBe(true);

      expect(new URL(page.url()).searchParams.get("q")).toBe("academy");
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Trusts matching “academy”",
      );
      await expect(page.title()).resolves.toMatch(/^Trusts matching “academy”, \d+ trusts? found/);
      await expect(page.getByRole("checkbox", { name: "North West" }).isChecked()).resolves.toBe(
        true,
      );
      const found = await page.locator("#results-heading").textContent();
      expect(found).toMatch(/^\d+ trusts? found$/);

      // Narrow the search with a filter: the earlier choices stay chosen.
      await page
        .getByRole("group", { name: "Phase" })
        .getByRole("checkbox", { name: /^Primary/ })
        .check();
      await page.getByRole("button", { name: "Search" }).click();
      await page.waitForURL(/phase=primary/);
      await page.getByText("Phase:", { exact: true }).waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.getAll("region")).toEqual(["north-west"]);
      await expect(page.getByRole("checkbox", { name: "North West" }).isChecked()).resolves.toBe(
        true,
      );
      await expect(
        page
          .getByRole("group", { name: "Phase" })
          .getByRole("checkbox", { name: /^Primary/ })
          .isChecked(),
      ).resolves.toBe(true);

      // Open the first trust found.
      const firstTrust = resultsTable(page).getByRole("rowheader").first().getByRole("link");
      const trustName = (await firstTrust.textContent()) ?? "";
      await firstTrust.click();
      await page.getByRole("heading", { name: "Schools by phase" }).waitFor();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
        trustName,
      );
      await expect(page.title()).resolves.toBe(`${trustName} – Trust Atlas`);
      await expect(page.getByRole("heading", { name: "Schools by phase" }).count()).resolves.toBe(
        1,
      );
      await expect(page.getByText("Group ID", { exact: true }).count()).resolves.toBe(1);

      // "Back to results" returns to the same search, and forward again to the trust.
      await page.getByRole("link", { name: "Back to results" }).click();
      await page.waitForURL(/\/trusts\?q=academy/);
      const back = new URL(page.url());
      expect(back.searchParams.getAll("region")).toEqual(["north-west"]);
      expect(back.searchParams.getAll("phase")).toEqual(["primary"]);
      await resultsTable(page).getByRole("link", { name: trustName, exact: true }).first().click();
      await page.getByRole("heading", { name: "Schools by phase" }).waitFor();

      // Open one of its schools, and come back to the trust from it.
      const schools = page.getByRole("table", { name: /^Schools in / });
      const firstSchool = schools.getByRole("rowheader").first().getByRole("link");
      const schoolName = (await firstSchool.textContent()) ?? "";
      await firstSchool.click();
      await page.getByRole("heading", { name: "About the school" }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/schools\/\d{6}$/);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
        schoolName,
      );
      await expect(page.getByText("URN", { exact: true }).count()).resolves.toBe(1);
      const trustSection = page.getByRole("region", { name: "Trust" });
      await trustSection.getByRole("link", { name: trustName }).click();
      await page.getByRole("heading", { name: "Schools by phase" }).waitFor();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
        trustName,
      );
    },
  );

  journey("a school pages through every trust and back", async ({ openContext }) => {
    const context = await openContext({ javaScript });
    const page = await context.newPage();
    await page.goto("/trusts");
    const firstOnPage1 = await resultsTable(page).getByRole("rowheader").first().textContent();
    await expect(page.getByRole("link", { name: "Previous page" }).count()).resolves.toBe(0);

    await page.getByRole("link", { name: "Next page" }).click();
    await waitForText(page, /^Showing 21–40 of [\d,]+, sorted by name, a to z$/);
    const firstOnPage2 = await resultsTable(page).getByRole("rowheader").first().textContent();
    expect(firstOnPage2).not.toBe(firstOnPage1);

    await page.getByRole("link", { name: "Page 3", exact: true }).click();
    await waitForText(page, /^Showing 41–60 of /);
    // A jump crosses any distance in one step, keeping the search.
    await page.getByLabel("Go to page").fill("5");
    await page.getByRole("button", { name: "Go" }).click();
    await waitForText(page, /^Showing 81–100 of /);
    expect(new URL(page.url()).searchParams.get("page")).toBe("5");
    await page.goBack();
    await waitForText(page, /^Showing 41–60 of /);
    await page.getByRole("link", { name: "Previous page" }).click();
    await waitForText(page, /^Showing 21–40 of /);
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    expect(await resultsTable(page).getByRole("rowheader").first().textContent()).toBe(
      firstOnPage2,
    );

    await page.getByRole("link", { name: "Previous page" }).click();
    await waitForText(page, /^Showing 1–20 of /);
    expect(new URL(page.url()).search).toBe("");
    expect(await resultsTable(page).getByRole("rowheader").first().textContent()).toBe(
      firstOnPage1,
    );
  });

  journey("a school that finds nothing is told what to try", async ({ openContext }) => {
    const context = await openContext({ javaScript });
    const page = await context.newPage();
    await page.goto("/trusts?q=no-trust-is-called-this&region=atlantis");
    await expect(page.locator("#results-heading").textContent()).resolves.toBe("No trusts found");
    await expect(page.getByText("No trusts match your search.").count()).resolves.toBe(1);
    await page.getByRole("link", { name: "Clear search and filters" }).click();
    await waitForText(page, "Find a trust");
    await page.getByRole("heading", { level: 1, name: "Find a trust" }).waitFor();
    expect(new URL(page.url()).search).toBe("");
    await expect(
      page.getByLabel("Trust name, Group ID or Companies House number").inputValue(),
    ).resolves.toBe("");
  });

  journey(
    "a school on a wrong address is shown the way back to the search",
    async ({ openContext }) => {
      const context = await openContext({ javaScript });
      const page = await context.newPage();
      const response = await page.goto("/trusts/not-a-trust-id");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Page not found",
      );
      await expect(page.title()).resolves.toBe("Page not found – Trust Atlas");
      await page.getByRole("main").getByRole("link", { name: "Find a trust" }).click();
      await page.getByRole("heading", { level: 1, name: "Find a trust" }).waitFor();
    },
  );
});
