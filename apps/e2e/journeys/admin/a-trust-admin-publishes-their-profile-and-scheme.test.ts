import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { violationsOn } from "../../support/csp-violations.ts";
import { journey } from "../../support/journey.ts";

const TRUST = "Northern Lights Learning Trust";

/** Fills in the change summary and publishes, then waits for the new live version in the history. */
async function publish(page: Page, summary: string) {
  await page.getByLabel("Summary of changes").fill(summary);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const history = page.getByRole("region", { name: "History" });
  await history.getByText(summary).first().waitFor();
  return history;
}

describe("a trust administrator", () => {
  journey(
    "edits their profile and scheme of delegation, publishes both, and sees the change on the public page and the diff in the history",
    async ({ openContext }) => {
      const stamp = Date.now().toString(36);
      const vision = `Every child in the North thrives, whatever their start (${stamp}).`;
      const profileSummary = `A sharper vision statement ${stamp}`;
      const schemeSummary = `Headteachers' part in the vision ${stamp}`;

      const admin = await openContext({ app: "admin", as: "trustAdmin" });
      const page = await admin.newPage();
      const violations = await violationsOn(page);

      // The profile: change the vision, save the draft, publish it with a summary.
      await page.goto("/trust-profile");
      await page.getByRole("heading", { level: 1, name: /Trust profile/ }).waitFor();
      const visionBox = page.getByLabel("Vision statement", { exact: true });
      await visionBox.waitFor();
      const before = await visionBox.inputValue();
      expect(before).not.toBe("");
      expect(await seriousAxeViolations(page)).toEqual([]);
      await visionBox.fill(vision);
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByText(/Draft saved \(version \d+\)/).waitFor();
      const profileHistory = await publish(page, profileSummary);

      // The history shows the field that changed, before and after.
      const latest = profileHistory.getByRole("listitem").filter({ hasText: profileSummary });
      await latest.locator("summary", { hasText: /What changed in version/ }).click();
      const changes = await latest.innerText();
      expect(changes).toContain(before);
      expect(changes).toContain(vision);

      // The scheme: one cell changes (the headteacher's part in setting the vision).
      await page.goto("/scheme-of-delegation");
      await page.getByRole("heading", { level: 1, name: /Scheme of delegation/ }).waitFor();
      const cell = page.getByRole("combobox", {
        name: "Set the trust's vision and values — Headteacher",
      });
      await cell.waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      const was = await cell.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text);
      const now = was === "Consulted" ? "Informed" : "Consulted";
      await cell.selectOption({ label: now });
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByText(/Draft saved \(version \d+\)/).waitFor();
      const schemeHistory = await publish(page, schemeSummary);
      const newest = schemeHistory.getByRole("listitem").filter({ hasText: schemeSummary });
      await newest
        .locator("summary", { hasText: /What changed in version \d+ \(1 cell\)/ })
        .click();
      const cellChange = await newest.innerText();
      expect(cellChange).toContain("Set the trust's vision and values");
      expect(cellChange).toContain(now);
      expect(violations).toEqual([]);

      // The public page shows the new version of both, to anyone.
      const visitor = await openContext();
      const publicPage = await visitor.newPage();
      const publicViolations = await violationsOn(publicPage);
      await publicPage.goto("/");
      await publicPage
        .getByLabel("Trust name, Group ID or Companies House number")
        .fill("Northern Lights");
      await publicPage.getByRole("button", { name: "Search" }).click();
      await publicPage.getByRole("table").first().getByRole("link", { name: TRUST }).click();
      await publicPage.getByRole("heading", { level: 1, name: new RegExp(TRUST) }).waitFor();
      await publicPage.getByText(vision).waitFor();
      await publicPage
        .getByText(new RegExp(`Profile version \\d+, published .*: ${profileSummary}`))
        .waitFor();
      await publicPage
        .getByText(new RegExp(`Scheme of delegation version \\d+, published .*: ${schemeSummary}`))
        .waitFor();
      await publicPage.getByRole("heading", { level: 2, name: "Map of the schools" }).waitFor();
      expect(await seriousAxeViolations(publicPage)).toEqual([]);
      expect(publicViolations).toEqual([]);
    },
  );
});
