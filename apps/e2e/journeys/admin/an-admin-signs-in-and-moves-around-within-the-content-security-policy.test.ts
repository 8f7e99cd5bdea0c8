import { describe, expect, it } from "vitest";
import { adminUrl } from "../../support/browser.ts";
import { violationsOn } from "../../support/csp-violations.ts";
import { journey } from "../../support/journey.ts";
import { demoAccount, type Persona } from "../../support/personas.ts";

// The admin's production server sends a strict Content-Security-Policy. Chromium enforces it:
// anything the app does that the policy refuses (an inline script or style, eval, a request to
// another origin) would break the page for real visitors, so none may happen. Each persona signs
// in through the form here, not from the saved session: the sign-in page's errors and the step
// from it to the dashboard must keep to the policy too.

describe("the admin under its Content-Security-Policy", () => {
  it("is served with the policy", async () => {
    const response = await fetch(`${adminUrl}/sign-in`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
  });

  journey(
    "notices a violation when there is one (the check itself works)",
    async ({ openContext }) => {
      const context = await openContext({ app: "admin" });
      const page = await context.newPage();
      const violations = await violationsOn(page);
      await page.goto("/sign-in");
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "document.title = 'inline';";
        document.body.append(script);
      });
      await expect.poll(() => violations.length).toBeGreaterThan(0);
      expect(await page.title()).not.toBe("inline");
    },
  );

  journey.for<Persona>(["trustAdmin", "curator"])(
    "signs in as %s and moves around without a single violation",
    async (persona, { openContext }) => {
      const context = await openContext({ app: "admin" });
      const page = await context.newPage();
      const violations = await violationsOn(page);
      const { email, password } = demoAccount(persona);

      await page.goto("/sign-in");
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      // A failed attempt first: the error summary and messages must render too.
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill(`not ${password}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("The email address or password is not right.").first().waitFor();

      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
      await page.waitForLoadState("networkidle");
      const area = persona === "curator" ? "Curation" : "Trust profile";
      await page.getByRole("link", { name: area }).first().click();
      await page.getByRole("heading", { level: 1, name: area }).waitFor();
      await page.goto("/no-such-page");
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      await page.waitForLoadState("networkidle");

      expect(violations).toEqual([]);
    },
  );
});
