import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

/** The demo school member's school (the generator's `demoSchool`): maintained, in Leeds (383). */
const demoSchool = "Riverside Community Primary School";

/** Searches for the demo school by part of its name and opens its page; returns its URN. */
async function findAndOpenDemoSchool(page: Page): Promise<string> {
  await page.goto("/schools");
  await page.getByRole("heading", { level: 1, name: "Find your school" }).waitFor();
  await page.getByLabel("School name, URN or postcode").fill("Riverside");
  // Schools elsewhere share its name: its local authority tells them apart.
  await page.getByLabel("Local authority").selectOption({ label: "Leeds" });
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("heading", { level: 1, name: "Schools matching “Riverside” in Leeds" })
    .waitFor();
  // Waited for, not counted: with JavaScript off the page may still be arriving. One, strictly.
  await page.getByText(/^Showing 1–\d+ of \d+ schools?$/).waitFor();
  await page.getByRole("table").getByRole("link", { name: demoSchool, exact: true }).click();
  await page.getByRole("heading", { name: "Start here" }).waitFor();
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
    demoSchool,
  );
  const urn = /^\/schools\/(\d{6})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!urn) throw new Error(`not on a school's page: ${page.url()}`);
  return urn;
}

describe.each([
  { mode: "with JavaScript off", javaScript: false },
  { mode: "with JavaScript on", javaScript: true },
])("a school finding itself $mode", ({ javaScript }) => {
  journey(
    "finds its page by part of its name, and sees where to start and its faith constraint",
    async ({ openContext }) => {
      const context = await openContext({ javaScript });
      const page = await context.newPage();
      const urn = await findAndOpenDemoSchool(page);

      const start = page.getByRole("region", { name: "Start here" });
      await expect(
        start.getByRole("link", { name: "Trusts near this school" }).getAttribute("href"),
      ).resolves.toBe(`/trusts?near=${urn}&within=15`);
      await start.getByRole("heading", { name: "Faith constraints" }).waitFor();
      await expect(
        start.getByText(/^(No faith constraint: |As an? .+ school, it may join )/).count(),
      ).resolves.toBe(1);
      // Checking fit is for the school's own members, and nobody is signed in.
      await expect(start.getByRole("link", { name: /Check fit/ }).count()).resolves.toBe(0);
    },
  );
});

journey("the school's member is offered checking fit for it", async ({ openContext }) => {
  const context = await openContext({ as: "schoolMember" });
  const page = await context.newPage();
  const urn = await findAndOpenDemoSchool(page);
  await expect(
    page
      .getByRole("region", { name: "Start here" })
      .getByRole("link", { name: "Check fit for this school" })
      .getAttribute("href"),
  ).resolves.toBe(`/schools/${urn}/fit`);
});

journey.for([
  { name: "the empty search", path: "/schools" },
  { name: "a search", path: "/schools?q=Riverside&la=383" },
  { name: "a search that finds nothing", path: "/schools?q=no-school-is-called-this&la=383" },
])("$name has no serious axe issue", async ({ path }, { openContext }) => {
  const context = await openContext({ withoutAppScripts: true });
  const page = await context.newPage();
  await page.goto(path);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

journey("the school's page has no serious axe issue", async ({ openContext }) => {
  const context = await openContext({ withoutAppScripts: true });
  const page = await context.newPage();
  await findAndOpenDemoSchool(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
});
