import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { expectEveryControlReachableByKeyboard } from "../../support/keyboard.ts";

// The curator narrows the list to single-academy trusts not yet verified (the counts beside the
// options say how many each would leave), opens the first one's curation page, is told what a
// verification needs when sending it empty, verifies it, sees the entry in the trust's history,
// then finds the same entry in the audit log with what it recorded. Single-academy trusts keep
// the demo's two administered trusts (both multi-academy) unverified for the other journeys.

const countIn = (label: string) => Number(/\(([\d,]+)\)$/.exec(label)?.[1]?.replace(/,/g, ""));

async function optionLabel(page: Page, select: string, option: string): Promise<string> {
  const options = page.getByLabel(select).locator("option");
  const labels = await options.allTextContents();
  const found = labels.find((l) => l.startsWith(option));
  if (!found) throw new Error(`No option ${option} in ${select}: ${labels.join(", ")}`);
  return found;
}

describe("a sector-body curator", () => {
  journey(
    "filters the list, verifies a trust, and finds it in the trust's history and the audit log",
    async ({ openContext }) => {
      const context = await openContext({ app: "admin", as: "curator" });
      const page = await context.newPage();
      await page.goto("/");
      await page
        .getByRole("navigation", { name: "Admin sections" })
        .getByRole("link", { name: "Curation" })
        .click();
      await page.getByRole("heading", { level: 1, name: "Curation" }).waitFor();
      await page
        .getByRole("status")
        .filter({ hasText: /^\d[\d,]* trusts$/ })
        .waitFor();

      // The counts are in once the list has loaded: each option says what it would leave.
      await expect.poll(() => optionLabel(page, "Verification", "Not verified")).toMatch(/\(\d/);
      await page.getByLabel("Type").selectOption("SINGLE_ACADEMY_TRUST");
      await page.getByLabel("Verification").selectOption("no");
      await page.getByRole("button", { name: "Apply the filters" }).click();
      await page.waitForURL(/type=SINGLE_ACADEMY_TRUST/);
      expect(page.url()).toMatch(/verified=no/);
      const status = page.getByRole("status").filter({ hasText: /matching the filters$/ });
      await status.waitFor();
      const matching = Number(
        /^([\d,]+)/.exec((await status.textContent()) ?? "")?.[1]?.replace(/,/g, ""),
      );
      expect(matching).toBeGreaterThan(0);
      // The option chosen counts exactly what the list shows.
      expect(countIn(await optionLabel(page, "Verification", "Not verified"))).toBe(matching);
      expect(await seriousAxeViolations(page)).toEqual([]);

      const firstTrust = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
      const name = ((await firstTrust.textContent()) ?? "").trim();
      expect(name).not.toBe("");
      await firstTrust.click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await page.waitForURL(/\/curation\/trusts\//);
      await page.getByText("Not verified", { exact: true }).first().waitFor();
      await page.getByRole("table", { name: `History of ${name}` }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await expectEveryControlReachableByKeyboard(page, "the trust's curation page");

      // Sent empty, the form says at each field what is missing, and records nothing.
      await page.getByRole("button", { name: "Record the verification" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.waitFor();
      await expect
        .poll(() => page.getByRole("link", { name: /register/i }).count())
        .toBeGreaterThan(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByLabel(/match the register/).check();
      await page.getByLabel(/confirmed the listing/).check();
      await page.getByLabel("Name of the contact who confirmed").fill("Dana Chief");
      await page.getByLabel("Notes (optional)").fill("Rang the head office.");
      await page.getByRole("button", { name: "Record the verification" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `${name} is verified` })
        .waitFor();
      await page.getByText("Verified", { exact: true }).first().waitFor();

      // The history is read afresh: the verification is its newest entry.
      const history = page.getByRole("table", { name: `History of ${name}` });
      await history.getByRole("cell", { name: `Verified ${name}` }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole("link", { name: /in the audit log/ }).click();
      await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
      await page.getByLabel("Action").selectOption("TRUST_VERIFIED");
      await page.getByRole("button", { name: "Apply the filters" }).click();
      await page.waitForURL(/action=TRUST_VERIFIED/);
      expect(page.url()).toMatch(/trust=/);
      const log = page.getByRole("table", { name: /^Audit log/ });
      const entry = log.getByRole("row").filter({ hasText: `Verified ${name}` });
      await entry.waitFor();
      // A first verification has nothing before it: the disclosure shows what it recorded.
      await entry.getByText("What was recorded").click();
      await entry.getByText("Contact name").waitFor();
      expect(await entry.textContent()).toContain("Dana Chief");
      expect(await entry.textContent()).toContain("Rang the head office.");
      expect(await seriousAxeViolations(page)).toEqual([]);

      // And without the trust's filter, the log still has it among every verification.
      await page.getByRole("link", { name: "Show entries about every trust" }).click();
      await page.waitForURL((url) => !url.search.includes("trust="));
      await page
        .getByRole("table", { name: /^Audit log/ })
        .getByRole("row")
        .filter({ hasText: `Verified ${name}` })
        .waitFor();
    },
  );
});
