import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { personas } from "../../support/personas.ts";

// On their dashboard the trust administrator invites a colleague: a mistyped address is caught
// at the field, their own address is refused by the API (they administer the trust already) at
// the same field, and a new colleague's address is sent, with when the link stops working.

describe("a trust administrator", () => {
  journey("invites a colleague to administer the trust by email", async ({ openContext }) => {
    const context = await openContext({ app: "admin", as: "trustAdmin" });
    const page = await context.newPage();
    await page.goto("/");
    const invite = page.getByRole("region", { name: "Invite a colleague" });
    await invite.waitFor();
    const email = invite.getByLabel("Their work email address");
    const send = invite.getByRole("button", { name: "Send the invitation" });

    await email.fill("not an address");
    await send.click();
    await page.getByRole("alert").filter({ hasText: "There is a problem" }).waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");

    await email.fill(personas.trustAdmin);
    await send.click();
    await invite
      .getByText(/already acts for/)
      .first()
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const colleague = `colleague-${crypto.randomUUID().slice(0, 8)}@northern-lights.example`;
    await email.fill(colleague);
    await send.click();
    await invite
      .getByRole("status")
      .filter({ hasText: `Invitation sent to ${colleague}` })
      .waitFor();
    expect(await email.inputValue()).toBe("");
    expect(await invite.getByRole("alert").count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
