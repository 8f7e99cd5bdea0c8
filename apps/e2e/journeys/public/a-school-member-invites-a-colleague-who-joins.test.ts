import { describe, expect } from "vitest";
import { publicUrl, seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { emailTo, linkIn } from "../../support/outbox.ts";

// The demo school's member invites a colleague from the school's page: a mistyped address is
// caught at the field, a new one is sent. The colleague opens the emailed link (read from the
// outbox as it goes out), creates an account from the invitation, accepts it, and acts for the
// school from then on.

/** The demo school member's school (the generator's `demoSchool`): maintained, in Leeds (383). */
const SCHOOL = "Riverside Community Primary School";

describe("a school member invites a colleague", () => {
  journey(
    "invites a colleague by email, who opens the link, creates an account, accepts and acts for the school",
    async ({ openContext }) => {
      const colleague = { name: "Cai Colleague", email: `colleague-${Date.now()}@example.org` };

      // The member finds their school's page, and the invitation from its Start here.
      const member = await (await openContext({ as: "schoolMember" })).newPage();
      await member.goto("/schools?q=Riverside&la=383");
      await member.getByRole("table").getByRole("link", { name: SCHOOL, exact: true }).click();
      await member
        .getByRole("region", { name: "Start here" })
        .getByRole("link", { name: "Invite a colleague to act for this school" })
        .click();
      await member.getByRole("heading", { level: 1, name: /Invite a colleague$/ }).waitFor();
      await member.getByText("It works once, only for the address you give, for 7 days.").waitFor();
      const invitePath = new URL(member.url()).pathname;
      expect(invitePath).toMatch(/^\/schools\/\d{6}\/colleagues$/);
      expect(await seriousAxeViolations(member)).toEqual([]);

      // A mistyped address: the summary and the field say so, and nothing is sent.
      const address = member.getByLabel("Their work email address");
      const send = member.getByRole("button", { name: "Send the invitation" });
      await address.fill("colleague at example.org");
      await send.click();
      await member
        .getByRole("alert")
        .filter({ hasText: "There is a problem" })
        .getByRole("link", { name: /correct format/ })
        .waitFor();
      expect(await address.getAttribute("aria-invalid")).toBe("true");
      expect(await seriousAxeViolations(member)).toEqual([]);

      // The colleague's address: sent, with the date the link stops working, and no token shown.
      await address.fill(colleague.email);
      await send.click();
      await member
        .getByRole("status")
        .getByText(
          new RegExp(`^Invitation sent to ${colleague.email}, valid until \\d{1,2} \\w+ \\d{4}\\.`),
        )
        .waitFor();
      expect(new URL(member.url()).pathname).toBe(invitePath);
      expect(member.url()).not.toContain("/invitations/");
      await expect(address.inputValue()).resolves.toBe("");
      expect(await seriousAxeViolations(member)).toEqual([]);

      // The email, as the outbox sent it: its link goes to this site's invitation page.
      const email = await emailTo(colleague.email, /\/invitations\//);
      expect(email.subject).toMatch(new RegExp(`invites you to Trust Atlas for ${SCHOOL}$`));
      const link = linkIn(email, /\/invitations\/[A-Za-z0-9_-]{43}$/);
      expect(link.origin).toBe(publicUrl);

      // The colleague, in a browser of their own, opens it: who invites them, to what.
      const person = await (await openContext()).newPage();
      await person.goto(link.href);
      await person
        .getByRole("heading", { level: 1, name: new RegExp(`Join ${SCHOOL} on Trust Atlas$`) })
        .waitFor();
      await person.getByText(`invites you to be a member of ${SCHOOL}.`).waitFor();
      expect(await seriousAxeViolations(person)).toEqual([]);

      // No account yet: they create one with that address, and come back to the invitation.
      await person.getByRole("main").getByRole("link", { name: "Create an account" }).click();
      await person.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
      await person.getByLabel("Your name").fill(colleague.name);
      await person.getByLabel("Email address").fill(colleague.email);
      await person.getByLabel("Password").fill("kestrel heron osprey curlew");
      await person.getByRole("button", { name: "Create account" }).click();
      await person
        .getByText(`You are signed in as ${colleague.name} (${colleague.email}).`)
        .waitFor();
      expect(new URL(person.url()).pathname).toBe(link.pathname);

      await person.getByRole("button", { name: "Accept the invitation" }).click();
      const accepted = person.getByRole("status").filter({ hasText: "Invitation accepted" });
      await accepted.getByText(`You are now a member of ${SCHOOL}.`).waitFor();
      expect(await seriousAxeViolations(person)).toEqual([]);

      // They act for the school now: its page offers them what it offers its members.
      await accepted.getByRole("link", { name: `Go to ${SCHOOL}` }).click();
      const start = person.getByRole("region", { name: "Start here" });
      await start.waitFor();
      await expect(person.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
        SCHOOL,
      );
      await start.getByRole("link", { name: "Check fit for this school" }).waitFor();
      await start
        .getByRole("link", { name: "Invite a colleague to act for this school" })
        .waitFor();
      expect(new URL(person.url()).pathname).toBe(invitePath.replace(/\/colleagues$/, ""));
    },
  );
});
