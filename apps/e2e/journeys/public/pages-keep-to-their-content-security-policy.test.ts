import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserSession,
  launchBrowser,
  newContext,
  publicUrl,
} from "../../support/browser.ts";

// The public app's server sends a nonce-based Content-Security-Policy. Chromium enforces it, so
// any script, style or request of the pages that the policy refuses would break the page for
// real visitors (hydration, client-side navigation): none may happen.

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
    publicCspViolations: string[];
  }
}

/** Records every CSP violation Chromium reports on the page, from its first script on. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  // Added through DevTools, so the policy does not apply to this script itself.
  await page.addInitScript(() => {
    window.publicCspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.publicCspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => window.publicCspViolations ?? [])),
  ];
}

describe("the public app under its Content-Security-Policy", () => {
  it("is served with a strict policy", async () => {
    const response = await fetch(`${publicUrl}/trusts`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toContain("unsafe-inline");
    await response.text();
  });

  it("searches, opens a trust and a school with JavaScript on, without a single violation", async () => {
    const context = await newContext(browser, true);
    const page = await context.newPage();
    const violations = await watch(page);

    await page.goto("/trusts");
    await page.waitForLoadState("networkidle");
    // Hydrated: a search runs in the browser, and the form keeps working.
    await page.getByLabel("Trust name, Group ID or Companies House number").fill("trust");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { level: 1, name: "Trusts matching “trust”" }).waitFor();

    const trustLink = page
      .getByRole("table")
      .first()
      .getByRole("rowheader")
      .first()
      .getByRole("link");
    await trustLink.click();
    await page.getByRole("heading", { name: "Schools by phase" }).waitFor();

    const schoolLink = page
      .getByRole("table", { name: /^Schools in / })
      .getByRole("rowheader")
      .first()
      .getByRole("link");
    await schoolLink.click();
    await page.getByRole("heading", { name: "About the school" }).waitFor();

    // A full load of a school page too, so its own inline scripts are checked.
    await page.reload();
    await page.getByRole("heading", { name: "About the school" }).waitFor();
    await page.waitForLoadState("networkidle");

    expect(await violations()).toEqual([]);
    await context.close();
  });
});
