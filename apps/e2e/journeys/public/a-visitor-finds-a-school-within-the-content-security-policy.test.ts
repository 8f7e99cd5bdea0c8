import { describe, expect, it } from "vitest";
import { publicUrl } from "../../support/browser.ts";
import { violationsOn } from "../../support/csp-violations.ts";
import { journey } from "../../support/journey.ts";

// The public app's server sends a nonce-based Content-Security-Policy. Chromium enforces it, so
// any script, style or request of the pages that the policy refuses would break the page for
// real visitors (hydration, client-side navigation): none may happen.

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

  journey(
    "searches, opens a trust and a school with JavaScript on, without a single violation",
    async ({ openContext }) => {
      const context = await openContext();
      const page = await context.newPage();
      const violations = await violationsOn(page);

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

      expect(violations).toEqual([]);
    },
  );
});
