import { addMonths, dateInEngland } from "@atlas/domain";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

// Someone new to Trust Atlas, from nothing to a partnership request: they sign up on the public
// site, ask to represent their school, a curator approves the claim in the admin app's queue,
// and, now the school's member, they ask the demo trust for a partnership.
// The school is one the demo data leaves alone: in no trust, with no member and no partnership
// (the other partnership journey uses the demo school, Riverside Community Primary).

/** A foundation secondary school in Leeds, in no trust (the demo generator's, seed 2026). */
const SCHOOL = { name: "Morley Community College", urn: 133804 };
/** The demo trust administrator's trust (the generator's `demoTrust`). */
const TRUST = "Northern Lights Learning Trust";

describe("a new user claims a school and requests a partnership", () => {
  journey(
    "signs up, asks to represent the school, is approved by a curator, and asks the demo trust for a partnership",
    async ({ openContext }) => {
      const name = "Nia Newcomer";
      const email = `nia.newcomer.${Date.now()}@morley.example`;
      const password = "kestrel heron osprey curlew";
      const jobTitle = "Deputy headteacher";
      const evidence = "I am on the staff page of the school's website; the office can confirm.";

      // A fresh browser: nobody signed in. The header offers an account.
      const person = await (await openContext()).newPage();
      await person.goto("/");
      await person.getByRole("banner").getByRole("link", { name: "Create an account" }).click();
      await person.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
      expect(await seriousAxeViolations(person)).toEqual([]);

      // First with a password too short: the summary says so and the name stays.
      await person.getByLabel("Your name").fill(name);
      await person.getByLabel("Email address").fill(email);
      await person.getByLabel("Password").fill("short");
      await person.getByRole("button", { name: "Create account" }).click();
      const summary = person.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.getByRole("link", { name: /at least 12 characters/ }).waitFor();
      await expect(person.getByLabel("Your name").inputValue()).resolves.toBe(name);
      await expect(person.getByLabel("Password").inputValue()).resolves.toBe("");
      expect(await seriousAxeViolations(person)).toEqual([]);

      // Then properly: signed in as the new account, on the claims page.
      await person.getByLabel("Password").fill(password);
      await person.getByRole("button", { name: "Create account" }).click();
      await person.getByRole("heading", { level: 1, name: /Act for a school or trust/ }).waitFor();
      expect(new URL(person.url()).pathname).toBe("/claims");
      await person.getByRole("banner").getByText(`Signed in as ${name}`).waitFor();
      await person.getByText("You have not asked to act for a school or trust yet.").waitFor();
      expect(await seriousAxeViolations(person)).toEqual([]);

      // The claim: the school's URN, what they do there, and how a curator can tell.
      await person.getByLabel("The school's URN").fill(String(SCHOOL.urn));
      await person.getByLabel("Your job title").fill(jobTitle);
      await person.getByLabel("How a curator can tell it is you").fill(evidence);
      await person.getByRole("button", { name: "Send the claim" }).click();
      await person.getByRole("status").getByText("Your claim is sent").waitFor();
      const claimRow = () =>
        person.getByRole("table").getByRole("row").filter({ hasText: SCHOOL.name });
      await claimRow().getByText("Awaiting a curator", { exact: true }).waitFor();
      await claimRow().getByText(`URN ${SCHOOL.urn}`).waitFor();
      expect(await seriousAxeViolations(person)).toEqual([]);

      // The curator finds it in the queue, with who, what and why, and approves it.
      const curator = await (await openContext({ app: "admin", as: "curator" })).newPage();
      await curator.goto("/");
      await curator
        .getByRole("navigation", { name: "Admin sections" })
        .getByRole("link", { name: "Claims" })
        .click();
      await curator.getByRole("heading", { level: 1, name: "Claims" }).waitFor();
      const entry = curator.getByRole("region", {
        name: `${name} for ${SCHOOL.name} (URN ${SCHOOL.urn})`,
      });
      await entry.getByText(`${name}, ${email}`).waitFor();
      await entry.getByText(jobTitle, { exact: true }).waitFor();
      await entry.getByText(evidence).waitFor();
      await entry.getByText("School member", { exact: true }).waitFor();
      expect(await seriousAxeViolations(curator)).toEqual([]);
      await entry.getByRole("button", { name: "Approve" }).click();
      await curator
        .getByRole("status")
        .getByText(`Approved: ${name} now acts for ${SCHOOL.name} (URN ${SCHOOL.urn}).`, {
          exact: false,
        })
        .waitFor();
      await entry.waitFor({ state: "detached" });
      expect(await seriousAxeViolations(curator)).toEqual([]);

      // The person reloads: approved, and the school is theirs to act for.
      await person.reload();
      await claimRow().getByText("Approved", { exact: true }).waitFor();
      await person
        .getByRole("region", { name: "What you act for" })
        .getByRole("link", { name: `Go to ${SCHOOL.name}` })
        .click();
      await person.getByRole("heading", { level: 1, name: new RegExp(SCHOOL.name) }).waitFor();
      expect(new URL(person.url()).pathname).toBe(`/schools/${SCHOOL.urn}`);
      await person.getByRole("link", { name: "The school's trust partnerships" }).waitFor();

      // Now a member, they find the demo trust and ask it for a partnership.
      await person.goto("/");
      await person
        .getByLabel("Trust name, Group ID or Companies House number")
        .fill("Northern Lights");
      await person.getByRole("button", { name: "Search" }).click();
      await person.getByRole("table").first().getByRole("link", { name: TRUST }).click();
      await person.getByRole("heading", { level: 1, name: new RegExp(TRUST) }).waitFor();
      await person.getByRole("link", { name: `Request a trust partnership with ${TRUST}` }).click();
      await person
        .getByRole("heading", { level: 1, name: `Request a trust partnership with ${TRUST}` })
        .waitFor();
      const start = dateInEngland(new Date());
      await person.getByRole("radio", { name: "Explore joining the trust" }).check();
      await person.getByRole("checkbox", { name: "Curriculum" }).check();
      await person
        .getByLabel("The school's objectives")
        .fill("Share the trust's secondary curriculum planning and moderate Year 9 assessment.");
      await person.getByLabel("Proposed start date").fill(start);
      await person.getByLabel("Proposed end date").fill(addMonths(start, 12));
      await person.getByRole("button", { name: "Send the request" }).click();
      await person
        .getByRole("heading", { level: 1, name: new RegExp(`Partnership with ${TRUST}$`) })
        .waitFor();
      await person.getByRole("status").getByText("The request is sent to the trust.").waitFor();
      expect(new URL(person.url()).pathname).toMatch(
        new RegExp(`^/schools/${SCHOOL.urn}/partnerships/[^/]+$`),
      );
      expect(await seriousAxeViolations(person)).toEqual([]);
    },
  );
});
