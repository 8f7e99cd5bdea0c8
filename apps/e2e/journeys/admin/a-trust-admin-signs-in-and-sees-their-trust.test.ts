import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { adminUrl, seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { demoAccount } from "../../support/personas.ts";

/** Signs in on the admin app using only the keyboard, as a person without a mouse would. */
async function signInByKeyboard(page: Page, email: string, password: string) {
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  await page.getByLabel("Email address").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("type"))).resolves.toBe(
    "password",
  );
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
}

describe("a trust administrator", () => {
  // Signs in by keyboard through the form itself: it is the journey about signing in to the
  // admin app. Other admin journeys start from the session the global setup saved.
  journey(
    "finds their trust on the public site, signs in to the admin app and sees their trust",
    async ({ openContext }) => {
      const admin = demoAccount("trustAdmin");
      const context = await openContext();
      const page = await context.newPage();

      // Public site: search for the trust by name and open its page.
      await page.goto("/");
      await page
        .getByLabel("Trust name, Group ID or Companies House number")
        .fill("Northern Lights");
      await page.getByRole("button", { name: "Search" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Trusts matching “Northern Lights”" })
        .waitFor();
      const trustLink = page.getByRole("table").first().getByRole("link", {
        name: "Northern Lights Learning Trust",
      });
      await trustLink.click();
      await page
        .getByRole("heading", { level: 1, name: "Northern Lights Learning Trust" })
        .waitFor();
      const schoolsOnPublicPage = await page
        .getByRole("table", { name: /^Schools in Northern Lights Learning Trust/ })
        .getByRole("row")
        .count();
      expect(schoolsOnPublicPage).toBeGreaterThan(1);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The header leads trust staff to the admin app.
      await page
        .getByRole("banner")
        .getByRole("link", { name: "Trust and sector sign in" })
        .click();
      await page.waitForURL(`${adminUrl}/**`);
      await signInByKeyboard(page, admin.email, admin.password);

      // The dashboard shows their trust, with the schools the register lists for it.
      await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
      await page
        .getByRole("heading", { level: 2, name: /Northern Lights Learning Trust/ })
        .waitFor();
      const schoolsTable = page.getByRole("table", {
        name: "Schools in Northern Lights Learning Trust",
      });
      await expect.poll(() => schoolsTable.getByRole("row").count()).toBe(schoolsOnPublicPage);
      await page.getByRole("banner").getByText(admin.name).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Curation is not theirs.
      await page.goto(`${adminUrl}/curation`);
      await page.getByText("You cannot use this area").waitFor();

      // The session is the same one the public site sees (one HttpOnly cookie for localhost).
      await page.goto("/");
      await page.getByRole("banner").getByText(`Signed in as ${admin.name}`).waitFor();
    },
  );
});
