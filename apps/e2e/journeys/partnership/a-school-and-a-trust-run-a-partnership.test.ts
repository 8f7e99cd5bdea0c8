import { readFile } from "node:fs/promises";
import { addMonths, dateInEngland, partnershipEventLabel } from "@atlas/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { demoAccount } from "../../support/personas.ts";

// A Trust Partnership from the school's request to its end, across both apps: the demo school's
// member asks the demo trust, with the governing body's minutes attached, the trust's
// administrator answers with terms, both confirm, both download the agreement, it starts and it
// concludes, and both sides read the same history.
// Each run has a fresh demo database, in which the demo school has no open partnership.

/** The demo school member's school (the generator's `demoSchool`), in Leeds. */
const SCHOOL = "Riverside Community Primary School";
/** The demo trust administrator's trust (the generator's `demoTrust`). */
const TRUST = "Northern Lights Learning Trust";
const schoolPerson = demoAccount("schoolMember").name;
const trustPerson = demoAccount("trustAdmin").name;

/** The school's governing body minutes: a small PDF of its own making. */
const MINUTES = {
  name: "Governing body minutes.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  ),
};

/** Fetches a link's file in the page, as the browser would follow it: its status, headers, bytes. */
async function fetchedInPage(page: Page, link: Locator) {
  const href = (await link.getAttribute("href")) ?? "";
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const header = (name: string) => response.headers.get(name);
    return {
      status: response.status,
      type: header("content-type"),
      length: header("content-length"),
      disposition: header("content-disposition"),
      cache: header("cache-control"),
      sniffing: header("x-content-type-options"),
      size: bytes.length,
      head: String.fromCharCode(...bytes.subarray(0, 5)),
    };
  }, href);
}

/** Presses a download control and checks the file: its suggested name, and that it is a PDF. */
async function downloadsTheAgreement(page: Page, control: Locator): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent("download"), control.click()]);
  expect(download.suggestedFilename()).toBe("trust-partnership-agreement.pdf");
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(1000);
}

/** The trust's inbox's counts: every request ("9 requests"), and those still requested. */
async function inboxCount(page: Page): Promise<{ all: number; requested: number }> {
  const status = page.getByRole("status").filter({ hasText: /^\d+ requests?$/ });
  const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
  const box = page
    .getByRole("group", { name: "Show requests that are" })
    .getByText(/^Requested \(\d+\)$/);
  const requested = Number((await box.textContent())?.match(/\((\d+)\)/)?.[1]);
  return { all, requested };
}

async function openInbox(page: Page): Promise<void> {
  await page.goto("/partnership-requests");
  await page.getByRole("heading", { level: 1, name: "Partnership requests" }).waitFor();
  await page
    .getByRole("status")
    .filter({ hasText: /^\d+ requests?$/ })
    .waitFor();
}

/** The school's page, loaded afresh: the other side's steps show on the next load. */
async function openSchoolPage(page: Page, href: string): Promise<void> {
  await page.goto(href);
  await page
    .getByRole("heading", { level: 1, name: new RegExp(`Partnership with ${TRUST}$`) })
    .waitFor();
}

/** The trust's page, loaded afresh, once its history has arrived. */
async function openTrustPage(page: Page, href: string): Promise<void> {
  await page.goto(href);
  await page.getByRole("heading", { level: 1, name: SCHOOL }).waitFor();
  await page.getByRole("heading", { level: 2, name: "History" }).waitFor();
}

/** The value of a summary list's row, by its key. */
const summaryValue = (scope: Page | Locator, key: string) =>
  scope.locator(`xpath=.//dt[normalize-space()="${key}"]/following-sibling::dd[1]`);

/** The public page's state tag, beside the trust's name under the heading. */
const schoolState = (page: Page) => page.locator("main .ui-body-l .ui-tag").first();

/** The trust page's state, the first row of its summary. */
const trustState = (page: Page) => summaryValue(page, "State");

describe("a school and a trust run a partnership", () => {
  journey(
    "the school requests it, the trust proposes terms, both confirm and download the agreement, it starts and concludes, and both read the whole history",
    async ({ openContext }) => {
      const start = dateInEngland(new Date());
      const end = addMonths(start, 12);
      const objectives =
        "Every pupil reads fluently by the end of Year 2; we will know from the phonics check.";
      const services =
        "A reading lead from the trust visits each half term, and our staff join the trust's CPD days.";
      const dataProtection =
        "Only anonymised assessment data is shared, under the trust's data sharing agreement.";
      const openingMessage = "Thank you: we can meet next week to talk about the terms.";
      const proposalMessage = "We added our services and the data protection terms.";
      const concludeReason = "The trial went well: the governing body has resolved to join.";

      const school = await (await openContext({ as: "schoolMember" })).newPage();
      const trust = await (await openContext({ app: "admin", as: "trustAdmin" })).newPage();

      // The trust's inbox before the request, to count from.
      await openInbox(trust);
      const before = await inboxCount(trust);
      // The demo trust's own requests, in every state, two of them new.
      expect(before.all).toBeGreaterThanOrEqual(before.requested);
      expect(before.requested).toBeGreaterThanOrEqual(0);

      // The school member finds the demo trust and asks it for a partnership.
      await school.goto("/");
      await school
        .getByLabel("Trust name, Group ID or Companies House number")
        .fill("Northern Lights");
      await school.getByRole("button", { name: "Search" }).click();
      await school.getByRole("table").first().getByRole("link", { name: TRUST }).click();
      await school.getByRole("heading", { level: 1, name: new RegExp(TRUST) }).waitFor();
      await school.getByRole("link", { name: `Request a trust partnership with ${TRUST}` }).click();
      await school
        .getByRole("heading", { level: 1, name: `Request a trust partnership with ${TRUST}` })
        .waitFor();
      expect(await seriousAxeViolations(school)).toEqual([]);

      // First without a focus area: the error summary says so, and what was typed stays.
      await school.getByRole("radio", { name: "Explore joining the trust" }).check();
      await school.getByLabel("The school's objectives").fill(objectives);
      await school.getByLabel("Proposed start date").fill(start);
      await school.getByLabel("Proposed end date").fill(end);
      await school.getByRole("button", { name: "Send the request" }).click();
      const summary = school.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.waitFor();
      await summary
        .getByRole("link", {
          name: "Choose at least one focus area: a partnership is about teaching and learning.",
        })
        .waitFor();
      await expect(summary.getByRole("link").count()).resolves.toBe(1);
      await expect(school.getByLabel("The school's objectives").inputValue()).resolves.toBe(
        objectives,
      );
      await expect(school.getByLabel("Proposed end date").inputValue()).resolves.toBe(end);
      expect(await seriousAxeViolations(school)).toEqual([]);

      // Then with two focus areas and the governing body's minutes: the request is made, and
      // its page says so.
      await school.getByRole("checkbox", { name: "Curriculum" }).check();
      await school.getByRole("checkbox", { name: "Staff training (CPD)" }).check();
      await school.getByLabel("Documents (optional)").setInputFiles(MINUTES);
      await school.getByRole("button", { name: "Send the request" }).click();
      await school
        .getByRole("heading", { level: 1, name: new RegExp(`Partnership with ${TRUST}$`) })
        .waitFor();
      await school.getByRole("status").getByText("The request is sent to the trust.").waitFor();
      await expect(schoolState(school).textContent()).resolves.toBe("Requested");
      const schoolHref = new URL(school.url()).pathname;
      const partnershipId = schoolHref.split("/").at(-1) ?? "";
      expect(schoolHref).toMatch(/^\/schools\/\d+\/partnerships\/[^/]+$/);
      // The minutes went with it: listed, and downloaded through the public site, byte for byte.
      const documents = school.getByRole("region", { name: "Documents", exact: true });
      const minutes = documents.getByRole("row").filter({ hasText: MINUTES.name });
      await minutes.getByText(`${schoolPerson}, the school`).waitFor();
      await minutes.getByText("PDF", { exact: true }).waitFor();
      const minutesLink = minutes.getByRole("link", { name: MINUTES.name });
      await expect(minutesLink.getAttribute("href")).resolves.toMatch(
        /^\/files\/partnership-documents\/[0-9a-f-]{36}$/,
      );
      await expect(fetchedInPage(school, minutesLink)).resolves.toEqual({
        status: 200,
        type: "application/pdf",
        length: String(MINUTES.buffer.length),
        disposition: `attachment; filename="${MINUTES.name}"; filename*=UTF-8''${encodeURIComponent(MINUTES.name)}`,
        cache: "private, no-store",
        sniffing: "nosniff",
        size: MINUTES.buffer.length,
        head: "%PDF-",
      });
      expect(await seriousAxeViolations(school)).toEqual([]);

      // The trust's inbox has one more, newest first, and it opens.
      await openInbox(trust);
      const after = await inboxCount(trust);
      expect(after).toEqual({ all: before.all + 1, requested: before.requested + 1 });
      const newest = trust.getByRole("table").getByRole("row").nth(1);
      await newest.getByRole("rowheader").getByRole("link", { name: SCHOOL }).waitFor();
      await newest.getByText("Requested", { exact: true }).waitFor();
      await newest.getByText("Curriculum, Staff training (CPD)").waitFor();
      expect(await seriousAxeViolations(trust)).toEqual([]);
      await newest.getByRole("link", { name: SCHOOL }).click();
      await trust.getByRole("heading", { level: 1, name: SCHOOL }).waitFor();
      await trust.getByRole("heading", { level: 2, name: "What you can do" }).waitFor();
      expect(new URL(trust.url()).pathname).toBe(`/partnership-requests/${partnershipId}`);
      await expect(trustState(trust).textContent()).resolves.toBe("Requested");
      expect(await seriousAxeViolations(trust)).toEqual([]);

      // The trust opens the discussion, with a message.
      const opening = trust.getByRole("form", { name: "Open discussion" });
      await opening.getByLabel("Message to the school (optional)").fill(openingMessage);
      await opening.getByRole("button", { name: "Open discussion" }).click();
      await trust.getByText("Discussion opened. The school has been told.").waitFor();
      await trust.getByRole("heading", { level: 3, name: "Propose changes to terms" }).waitFor();
      await expect(trustState(trust).textContent()).resolves.toBe("In discussion");

      // It proposes terms: the request left the services and data protection to discussion.
      const proposal = trust.getByRole("form", { name: "Propose changes to terms" });
      await proposal.getByText("Change the terms").click();
      const servicesBox = proposal.getByLabel("Services the trust provides");
      await expect(servicesBox.inputValue()).resolves.toBe("To be agreed in discussion.");
      await expect(proposal.getByLabel("Start date", { exact: true }).inputValue()).resolves.toBe(
        start,
      );
      await expect(proposal.getByLabel("End date", { exact: true }).inputValue()).resolves.toBe(
        end,
      );
      await servicesBox.fill(services);
      await proposal.getByLabel("Service charge, in pounds").fill("2500");
      await proposal
        .getByRole("group", { name: "May the partnership be extended?" })
        .getByRole("radio", { name: "Yes" })
        .check();
      await proposal.getByLabel("Maximum term, in months").fill("18");
      await proposal.getByLabel("Data protection").fill(dataProtection);
      await proposal.getByLabel("Message to the school (optional)").fill(proposalMessage);
      await proposal.getByRole("button", { name: "Propose these terms" }).click();
      await trust.getByText("Terms proposed. The school has been asked to confirm them.").waitFor();
      await trust.getByText("The trust has confirmed; waiting for the school.").waitFor();

      // The school sees the trust's terms and its confirmation, and confirms.
      await openSchoolPage(school, schoolHref);
      await expect(schoolState(school).textContent()).resolves.toBe("In discussion");
      const terms = school.getByRole("region", { name: "The terms" });
      // The terms as agreed so far, not the school's form to propose changes, which repeats them.
      await terms.locator("dl").getByText(services).waitFor();
      await terms.locator("dl").getByText(dataProtection).waitFor();
      await terms.getByText("Allowed, up to 18 months in all").waitFor();
      await terms.getByText("£2,500.00").waitFor();
      await expect(summaryValue(terms, "Confirmed by").textContent()).resolves.toBe("The trust");
      await expect(
        school.getByRole("link", { name: "Download the agreement (PDF)" }).count(),
      ).resolves.toBe(0);
      await school.getByRole("button", { name: "Confirm the agreement" }).click();
      await school
        .getByRole("status")
        .getByText("The school has confirmed the agreement.")
        .waitFor();
      await expect(schoolState(school).textContent()).resolves.toBe("Agreed");
      await expect(summaryValue(terms, "Confirmed by").textContent()).resolves.toBe(
        "The school and The trust: agreed",
      );

      // Agreed: both sides download the agreement.
      await downloadsTheAgreement(
        school,
        school.getByRole("link", { name: "Download the agreement (PDF)" }),
      );
      await openTrustPage(trust, `/partnership-requests/${partnershipId}`);
      await expect(trustState(trust).textContent()).resolves.toBe("Agreed");
      await downloadsTheAgreement(
        trust,
        trust.getByRole("button", { name: "Download the agreement (PDF)" }),
      );

      // The school starts it: the start date is today.
      await openSchoolPage(school, schoolHref);
      await school.getByRole("button", { name: "Start the partnership" }).click();
      await school.getByRole("status").getByText("The partnership has started.").waitFor();
      await expect(schoolState(school).textContent()).resolves.toBe("Active");

      // The trust concludes it, with the outcome and why.
      await openTrustPage(trust, `/partnership-requests/${partnershipId}`);
      await expect(trustState(trust).textContent()).resolves.toBe("Active");
      const conclusion = trust.getByRole("form", { name: "Conclude" });
      await conclusion.getByLabel("Outcome").selectOption({ label: "Joining the trust" });
      await conclusion.getByLabel("Reason").fill(concludeReason);
      await conclusion.getByRole("button", { name: "Conclude" }).click();
      await trust
        .getByText("The partnership has been concluded and its outcome recorded.")
        .waitFor();
      await trust.getByText("There is nothing for the trust to do now.").waitFor();

      // Both pages show the whole history: every step, who took it, for which side.
      // The trust's app words the document's entry itself (null: its label is not checked here).
      const steps = [
        { trust: "Asked for a partnership", school: "Requested a partnership", side: "school" },
        { trust: null, school: partnershipEventLabel("DOCUMENT"), side: "school" },
        { trust: "Open discussion", school: "Open discussion", side: "trust" },
        { trust: "Propose changes to terms", school: "Propose changes to terms", side: "trust" },
        { trust: "Confirm the agreement", school: "Confirm the agreement", side: "school" },
        { trust: "Start the partnership", school: "Start the partnership", side: "school" },
        { trust: "Conclude", school: "Conclude", side: "trust" },
      ] as const;
      const states = [
        ["Requested", "Now requested"],
        ["Requested (unchanged)", "From requested to requested"],
        ["Requested → In discussion", "From requested to in discussion"],
        ["In discussion (unchanged)", "From in discussion to in discussion"],
        ["In discussion → Agreed", "From in discussion to agreed"],
        ["Agreed → Active", "From agreed to active"],
        ["Active → Concluded", "From active to concluded"],
      ] as const;

      await openTrustPage(trust, `/partnership-requests/${partnershipId}`);
      await expect(trustState(trust).textContent()).resolves.toBe("Concluded");
      await trust.getByText("Joining the trust", { exact: true }).first().waitFor();
      const trustHistory = trust.getByRole("table").last().getByRole("row");
      await expect(trustHistory.count()).resolves.toBe(steps.length + 1);
      for (const [i, step] of steps.entries()) {
        const row = trustHistory.nth(i + 1);
        if (step.trust !== null) {
          await expect(row.getByRole("rowheader").textContent()).resolves.toBe(step.trust);
        }
        const by =
          step.side === "school" ? `${schoolPerson}, the school` : `${trustPerson}, the trust`;
        await row.getByText(by, { exact: true }).waitFor();
        await row.getByText(states[i]?.[0] ?? "", { exact: true }).waitFor();
      }
      await trustHistory.nth(3).getByText(openingMessage).waitFor();
      await trustHistory.nth(4).getByText(proposalMessage).waitFor();
      await trustHistory.nth(7).getByText(concludeReason).waitFor();
      await trustHistory.nth(7).getByText("Outcome: Joining the trust").waitFor();
      expect(await seriousAxeViolations(trust)).toEqual([]);

      await openSchoolPage(school, schoolHref);
      await expect(schoolState(school).textContent()).resolves.toBe("Concluded");
      await expect(
        school.getByRole("heading", { level: 2, name: "What the school can do now" }).count(),
      ).resolves.toBe(0);
      await school
        .getByRole("region", { name: "The terms" })
        .getByText("Joining the trust", { exact: true })
        .waitFor();
      const schoolHistory = school.getByRole("region", { name: "History" }).getByRole("listitem");
      await expect(schoolHistory.count()).resolves.toBe(steps.length);
      for (const [i, step] of steps.entries()) {
        const event = schoolHistory.nth(i);
        await expect(event.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
          step.school,
        );
        const by =
          step.side === "school" ? `${schoolPerson} for ${SCHOOL}` : `${trustPerson} for ${TRUST}`;
        await event.getByText(new RegExp(`, by ${by}\\.$`)).waitFor();
        await event.getByText(states[i]?.[1] ?? "", { exact: true }).waitFor();
      }
      await schoolHistory.nth(1).getByText(MINUTES.name).waitFor();
      await schoolHistory.nth(2).getByText(openingMessage).waitFor();
      await schoolHistory.nth(3).getByText(proposalMessage).waitFor();
      await schoolHistory.nth(6).getByText(concludeReason).waitFor();
      // Still there to download once it has ended.
      await downloadsTheAgreement(
        school,
        school.getByRole("link", { name: "Download the agreement (PDF)" }),
      );
      expect(await seriousAxeViolations(school)).toEqual([]);
    },
  );
});
