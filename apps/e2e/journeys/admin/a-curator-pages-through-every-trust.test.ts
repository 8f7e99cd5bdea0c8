import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

describe("a sector-body curator", () => {
  journey("pages through every trust", async ({ openContext }) => {
    const context = await openContext({ app: "admin", as: "curator" });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 2, name: "Trusts" }).waitFor();
    // The count shows once the list has loaded ("Loading trusts…" until then).
    const status = page.getByRole("status").filter({ hasText: /^\d[\d,]* trusts$/ });
    await status.waitFor();
    const text = (await status.textContent()) ?? "";
    const total = Number(/(\d[\d,]*) trusts/.exec(text)?.[1]?.replace(/,/g, ""));
    expect(total).toBeGreaterThan(300);
    const firstRow = await page.getByRole("table").getByRole("row").nth(1).textContent();
    await page.getByRole("link", { name: /Next/ }).click();
    await page.waitForURL(/after=/);
    await expect
      .poll(() => page.getByRole("table").getByRole("row").nth(1).textContent())
      .not.toBe(firstRow);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
