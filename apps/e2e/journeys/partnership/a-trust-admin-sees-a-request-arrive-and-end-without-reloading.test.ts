import { addMonths, dateInEngland } from "@atlas/domain";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

// The trust's inbox and a request's page left open in the admin app while the school acts on
// the public site: each changes by itself (a subscription over server-sent events through the
// admin's production server), and says so to screen readers. The school withdraws at the end,
// so the demo school is free again for the other partnership journey.

const SCHOOL = "Riverside Community Primary School";
const TRUST = "Northern Lights Learning Trust";

/** The inbox's count of every request ("9 requests"). */
async function requestCount(page: Page): Promise<number> {
  const status = page.getByRole("status").filter({ hasText: /^\d+ requests?$/ });
  return Number((await status.textContent())?.match(/\d+/)?.[0]);
}

/** Marks the page, so a later check can tell it was never loaded again. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
  });
}
const stillThisPage = (page: Page) =>
  page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage === true);

describe("a trust administrator sees a request arrive and end without reloading", () => {
  journey(
    "the open inbox gains the school's request and announces it, and the open request shows its withdrawal",
    async ({ openContext }) => {
      const school = await (await openContext({ as: "schoolMember" })).newPage();
      const trust = await (await openContext({ app: "admin", as: "trustAdmin" })).newPage();

      await trust.goto("/partnership-requests");
      await trust.getByRole("heading", { level: 1, name: "Partnership requests" }).waitFor();
      await trust
        .getByRole("status")
        .filter({ hasText: /^\d+ requests?$/ })
        .waitFor();
      const before = await requestCount(trust);
      await markPage(trust);

      // The school asks the trust, on the public site.
      await school.goto("/");
      await school
        .getByLabel("Trust name, Group ID or Companies House number")
        .fill("Northern Lights");
      await school.getByRole("button", { name: "Search" }).click();
      await school.getByRole("table").first().getByRole("link", { name: TRUST }).click();
      await school.getByRole("link", { name: `Request a trust partnership with ${TRUST}` }).click();
      const start = dateInEngland(new Date());
      await school.getByRole("radio", { name: "Explore joining the trust" }).check();
      await school.getByRole("checkbox", { name: "Curriculum" }).check();
      await school.getByLabel("The school's objectives").fill("Shared curriculum planning.");
      await school.getByLabel("Proposed start date").fill(start);
      await school.getByLabel("Proposed end date").fill(addMonths(start, 6));
      await school.getByRole("button", { name: "Send the request" }).click();
      await school
        .getByRole("heading", { level: 1, name: new RegExp(`Partnership with ${TRUST}$`) })
        .waitFor();

      // The open inbox has it, counted, and said so, without being loaded again.
      await trust
        .getByRole("status")
        .filter({ hasText: `New partnership request from ${SCHOOL}` })
        .waitFor();
      await trust
        .getByRole("status")
        .filter({ hasText: `${before + 1} request` })
        .waitFor();
      const newest = trust.getByRole("table").getByRole("row").nth(1);
      await newest.getByRole("link", { name: SCHOOL }).waitFor();
      await newest.getByText("Requested", { exact: true }).waitFor();
      expect(await stillThisPage(trust)).toBe(true);
      expect(await seriousAxeViolations(trust)).toEqual([]);

      // The request's page, left open while the school withdraws.
      await newest.getByRole("link", { name: SCHOOL }).click();
      await trust.getByRole("heading", { level: 1, name: SCHOOL }).waitFor();
      const state = trust.locator(
        `xpath=.//dt[normalize-space()="State"]/following-sibling::dd[1]`,
      );
      await expect(state.textContent()).resolves.toBe("Requested");
      const withdraw = school.getByRole("region", { name: "Withdraw" });
      await withdraw.getByLabel("Reason").fill("We will ask again next year.");
      await withdraw.getByRole("button", { name: "Withdraw" }).click();
      await school.getByText("Withdrawn", { exact: true }).first().waitFor();

      await trust
        .getByRole("status")
        .filter({ hasText: "This partnership was just updated" })
        .waitFor();
      await trust.getByText("We will ask again next year.").waitFor();
      await expect(state.textContent()).resolves.toBe("Withdrawn");
      expect(await stillThisPage(trust)).toBe(true);
      expect(await seriousAxeViolations(trust)).toEqual([]);
    },
  );
});
