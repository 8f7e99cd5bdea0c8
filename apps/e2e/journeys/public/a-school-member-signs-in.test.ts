import { describe, expect } from "vitest";
import { journey } from "../../support/journey.ts";
import { demoAccount } from "../../support/personas.ts";

const schoolAccount = demoAccount("schoolMember");

describe.each([
  { mode: "with JavaScript off", javaScript: false },
  { mode: "with JavaScript on", javaScript: true },
])("signing in $mode", ({ javaScript }) => {
  // Signs in through the form itself (the one journey that does): other journeys start from
  // the session the global setup saved.
  journey(
    "a school member signs in, comes back to their search, and signs out",
    async ({ openContext }) => {
      const context = await openContext({ javaScript });
      const page = await context.newPage();
      await page.goto("/trusts?q=academy");
      if (javaScript) await page.waitForLoadState("networkidle");
      const header = page.getByRole("banner");
      await header.getByRole("link", { name: "Sign in", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      expect(new URL(page.url()).searchParams.get("redirectTo")).toBe("/trusts?q=academy");
      await expect(page.title()).resolves.toBe("Sign in – Trust Atlas");

      // Nothing typed: both fields are in error, listed in a summary that has focus.
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("alert").waitFor();
      await expect(page.title()).resolves.toBe("Error: Sign in – Trust Atlas");
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link").allTextContents()).resolves.toEqual([
        "Enter your email address.",
        "Enter your password.",
      ]);
      await expect(summary.getByRole("link").first().getAttribute("href")).resolves.toBe("#email");
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        "There is a problem",
      );
      await expect(page.getByLabel("Email address").getAttribute("aria-invalid")).resolves.toBe(
        "true",
      );

      // A wrong password: the email stays typed, the password does not.
      await page.getByLabel("Email address").fill(schoolAccount.email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("The email address or password is not right.").first().waitFor();
      await expect(page.getByLabel("Email address").inputValue()).resolves.toBe(
        schoolAccount.email,
      );
      await expect(page.getByLabel("Password").inputValue()).resolves.toBe("");

      // The right password: back to the search, signed in.
      await page.getByLabel("Password").fill(schoolAccount.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await header.getByText(`Signed in as ${schoolAccount.name}`).waitFor();
      await page.getByRole("heading", { level: 1, name: "Trusts matching “academy”" }).waitFor();
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.httpOnly)?.sameSite).toBe("Lax");

      // The session holds across a full page load.
      await page.goto("/");
      await header.getByText(`Signed in as ${schoolAccount.name}`).waitFor();

      await header.getByRole("button", { name: "Sign out" }).click();
      await header.getByRole("link", { name: "Sign in", exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
      await expect(header.getByText("Signed in as").count()).resolves.toBe(0);
    },
  );

  journey("trust and sector staff are offered their own sign-in", async ({ openContext }) => {
    const context = await openContext({ javaScript });
    const page = await context.newPage();
    await page.goto("/");
    const link = page.getByRole("banner").getByRole("link", { name: "Trust and sector sign in" });
    await expect(link.getAttribute("href")).resolves.toMatch(/^https?:\/\//);
  });
});

describe.each([
  { mode: "with JavaScript off", javaScript: false },
  { mode: "with JavaScript on", javaScript: true },
])("coming back $mode", ({ javaScript }) => {
  journey("a school member who signed in earlier is still signed in", async ({ openContext }) => {
    const context = await openContext({ javaScript, as: "schoolMember" });
    const page = await context.newPage();
    await page.goto("/trusts?q=academy");
    const header = page.getByRole("banner");
    await header.getByText(`Signed in as ${schoolAccount.name}`).waitFor();
    await expect(header.getByRole("link", { name: "Sign in", exact: true }).count()).resolves.toBe(
      0,
    );
  });
});
