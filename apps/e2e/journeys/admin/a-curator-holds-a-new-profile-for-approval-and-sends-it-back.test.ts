import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

const TRUST = "Northern Lights Learning Trust";

/** On /moderation, turns approval before publication on or off. */
async function setApproval(page: Page, required: boolean) {
  await page.goto("/moderation");
  await page.getByRole("heading", { level: 1, name: "Moderation" }).waitFor();
  const box = page.getByLabel(
    "Require a curator's approval before a new profile or scheme is public",
  );
  await box.waitFor();
  if ((await box.isChecked()) !== required) await box.setChecked(required);
  await page.getByRole("button", { name: "Save setting" }).click();
  await page.getByText(/^Saved\./).waitFor();
}

/** On /trust-profile, writes a new vision, saves the draft and publishes it. */
async function publishVision(page: Page, vision: string, summary: string) {
  await page.goto("/trust-profile");
  await page.getByRole("heading", { level: 1, name: /Trust profile/ }).waitFor();
  const visionBox = page.getByLabel("Vision statement", { exact: true });
  await visionBox.waitFor();
  await visionBox.fill(vision);
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByText(/Draft saved \(version \d+\)/).waitFor();
  await page.getByLabel("Summary of changes").fill(summary);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText(/A curator approves it before schools see it/).waitFor();
  const entry = page
    .getByRole("region", { name: "History" })
    .getByRole("listitem")
    .filter({ hasText: summary });
  await entry.getByText("Awaiting approval").waitFor();
  return entry;
}

/** On /moderation, decides on the trust's version published with this summary. */
async function decide(page: Page, summary: string, decision: string, comment?: string) {
  await page.goto("/moderation");
  const item = page.getByRole("listitem").filter({ hasText: summary });
  await item
    .getByRole("heading", { name: new RegExp(`${TRUST}: Profile, version \\d+`) })
    .waitFor();
  await item.getByText("Held: not public until approved").waitFor();
  await item.getByRole("radio", { name: decision }).check();
  if (comment) await item.getByLabel("Comment for the trust").fill(comment);
  await item.getByRole("button", { name: "Record decision" }).click();
  await page
    .getByRole("status")
    .getByText(new RegExp(`of ${TRUST}'s profile was`))
    .waitFor();
  // Read again from the API, the queue no longer holds it.
  await page.getByRole("listitem").filter({ hasText: summary }).waitFor({ state: "detached" });
}

async function publicVision(visitor: BrowserContext): Promise<string> {
  const page = await visitor.newPage();
  await page.goto("/trusts");
  await page.getByLabel("Trust name, Group ID or Companies House number").fill("Northern Lights");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("table").first().getByRole("link", { name: TRUST }).click();
  await page.getByRole("heading", { level: 1, name: new RegExp(TRUST) }).waitFor();
  const text = (await page.locator("main").textContent()) ?? "";
  await page.close();
  return text;
}

describe("a curator moderating what trusts publish", () => {
  journey(
    "requires approval, sends a held profile back with a comment the trust reads, then approves the next one, which the public then sees",
    async ({ openContext }) => {
      const stamp = Date.now().toString(36);
      const curator = await (await openContext({ app: "admin", as: "curator" })).newPage();
      const admin = await (await openContext({ app: "admin", as: "trustAdmin" })).newPage();
      const visitor = await openContext();
      await setApproval(curator, true);
      let failure: unknown = null;
      try {
        expect(await seriousAxeViolations(curator)).toEqual([]);
        const first = `A vision held for a curator (${stamp}).`;
        await publishVision(admin, first, `Held vision ${stamp}`);
        expect(await publicVision(visitor)).not.toContain(first);

        await decide(curator, `Held vision ${stamp}`, "Ask for changes", "Say how pupils benefit.");
        expect(await seriousAxeViolations(curator)).toEqual([]);

        // The trust reads the comment in its history; the version stays out of public view.
        await admin.goto("/trust-profile");
        const sentBack = admin
          .getByRole("region", { name: "History" })
          .getByRole("listitem")
          .filter({ hasText: `Held vision ${stamp}` });
        await sentBack.getByText("Changes asked for").first().waitFor();
        await sentBack.getByText(/Say how pupils benefit\./).waitFor();
        expect(await publicVision(visitor)).not.toContain(first);

        const second = `Every pupil benefits from a vision checked by a curator (${stamp}).`;
        await publishVision(admin, second, `Vision with benefits ${stamp}`);
        await decide(curator, `Vision with benefits ${stamp}`, "Approve");
        expect(await publicVision(visitor)).toContain(second);
      } catch (error) {
        failure = error;
      }
      // Other journeys publish and expect to be public at once. A failure above is the one to
      // report; the clean-up's own failure is reported only when all else went well.
      try {
        await setApproval(curator, false);
      } catch (error) {
        failure ??= error;
      }
      if (failure) throw failure;
    },
  );
});
