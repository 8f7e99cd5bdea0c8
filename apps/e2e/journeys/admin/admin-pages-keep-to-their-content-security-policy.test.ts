import { demoAccounts } from "@atlas/data/demo-accounts";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl, type BrowserSession, launchBrowser, newContext } from "../../support/browser.ts";

// The admin's production server sends a strict Content-Security-Policy. Chromium enforces it:
// anything the app does that the policy refuses (an inline script or style, eval, a request to
// another origin) would break the page for real visitors, so none may happen.

let session: BrowserSession;
let browser: Browser;
beforeAll(async () => {
  session = await launchBrowser();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
});

declare global {
  interface Window {
    reportCspViolation(text: string): void;
  }
}

/**
 * Every CSP violation Chromium reports on the page, across navigations. Some are only events
 * (a refused `new Function` probe that the code catches logs nothing to the console), so the
 * page reports each event to the test as it happens.
 */
async function violationsOn(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => {
    violations.push(text);
  });
  // Added through DevTools, so the policy does not apply to this script itself.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

function account(role: string) {
  const found = demoAccounts.find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
}

describe("the admin under its Content-Security-Policy", () => {
  it("is served with the policy", async () => {
    const response = await fetch(`${adminUrl}/sign-in`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("notices a violation when there is one (the check itself works)", async () => {
    const context = await newContext(browser, true, adminUrl);
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
    await context.close();
  });

  it.each(["TRUST_ADMIN", "CURATOR"])(
    "signs in as %s and moves around without a single violation",
    async (role) => {
      const context = await newContext(browser, true, adminUrl);
      const page = await context.newPage();
      const violations = await violationsOn(page);
      const { email, password } = account(role);

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
      const area = role === "CURATOR" ? "Curation" : "Trust profile";
      await page.getByRole("link", { name: area }).first().click();
      await page.getByRole("heading", { level: 1, name: area }).waitFor();
      await page.goto("/no-such-page");
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      await page.waitForLoadState("networkidle");

      expect(violations).toEqual([]);
      await context.close();
    },
  );
});
