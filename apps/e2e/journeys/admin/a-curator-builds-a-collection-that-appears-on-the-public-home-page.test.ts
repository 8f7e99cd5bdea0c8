import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { publicUrl, seriousAxeViolations } from "../../support/browser.ts";
import { violationsOn } from "../../support/csp-violations.ts";
import { journey } from "../../support/journey.ts";
import { expectEveryControlReachableByKeyboard } from "../../support/keyboard.ts";

// The curator opens Collections from the navigation, creates one: a title (the address follows
// it), editorial text, three trusts found by searching, a note on each. They move the third up
// with the keyboard (its "Move up" button, focus staying on it), move the one now last back up
// with the drag handle's keyboard controls, then drag the third up again with the mouse, and
// save it as a draft (not public: its address is a 404); then publish it. The public home page
// lists it, and its page has the trusts in the chosen order with the notes, linking to each.

const title = "Trusts a journey chose for growing schools";
const slug = "trusts-a-journey-chose-for-growing-schools";

/** The names of the trusts in the editor, in their order. */
async function editorOrder(page: Page): Promise<string[]> {
  const names = await page
    .getByRole("list", { name: "Trusts in the collection" })
    .locator(".admin-collection-entry__name")
    .allTextContents();
  return names.map((n) => n.replace(/^\d+\.\s*/, "").trim());
}

/**
 * Picks a row up by its handle from the keyboard, moves it one place up, and drops it, waiting
 * at each step for what dnd-kit tells a screen reader (its live region is visually hidden).
 */
async function dragByKeyboard(page: Page, handle: string, name: string) {
  const button = page.getByRole("button", { name: handle });
  await button.focus();
  await page.keyboard.press("Space");
  await page.locator(`[aria-pressed="true"][aria-label="${handle}"]`).waitFor();
  const said = (text: string) =>
    page.locator("[aria-live]", { hasText: text }).waitFor({ state: "attached" });
  await page.keyboard.press("ArrowUp");
  await said(`${name} is over number 2 of 3.`);
  await page.keyboard.press("Space");
  await said(`Dropped. ${name} is now number 2 of 3.`);
}

/** Drags a row by its handle with the mouse until its handle is where another's was. */
async function dragByPointer(page: Page, handle: string, ontoHandle: string) {
  // Both rows on screen first: the mouse can only press what is in the viewport.
  await page.getByRole("button", { name: ontoHandle }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: handle }).scrollIntoViewIfNeeded();
  const from = await page.getByRole("button", { name: handle }).boundingBox();
  const to = await page.getByRole("button", { name: ontoHandle }).boundingBox();
  if (!from || !to) throw new Error("the handles are not on screen");
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Past the few pixels that tell a drag from a click, then across in steps, as a hand would.
  await page.mouse.move(x, y - 10, { steps: 3 });
  await page.locator(`[aria-pressed="true"][aria-label="${handle}"]`).waitFor();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

describe("a sector-body curator", () => {
  journey(
    "builds a collection, reorders it by keyboard, publishes it, and finds it on the public home page",
    async ({ openContext }) => {
      // Tall enough for the whole list: a drag near the edge would scroll it under the pointer
      // (dnd-kit's auto-scroll), and land a row one place further than aimed.
      const context = await openContext({
        app: "admin",
        as: "curator",
        viewport: { width: 1280, height: 1600 },
      });
      const page = await context.newPage();
      // Dragging styles rows from script: within the admin's Content-Security-Policy.
      const violations = await violationsOn(page);
      await page.goto("/");
      await page
        .getByRole("navigation", { name: "Admin sections" })
        .getByRole("link", { name: "Collections" })
        .click();
      await page.getByRole("heading", { level: 1, name: "Collections" }).waitFor();
      // The demo data's own collection is listed, published.
      await page
        .getByRole("table")
        .getByRole("row")
        .filter({ hasText: "Trusts with special schools in the North West" })
        .waitFor();
      await page.getByRole("link", { name: "Create a collection" }).click();
      await page.getByRole("heading", { level: 1, name: "Create a collection" }).waitFor();

      // Saved with nothing in it, the form says what is missing, by each field.
      await page.getByRole("button", { name: "Save the collection" }).click();
      await page.getByRole("alert").filter({ hasText: "There is a problem" }).waitFor();
      await page.getByRole("link", { name: /Enter a title/ }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByLabel("Title", { exact: true }).fill(title);
      await expect.poll(() => page.getByLabel("Address", { exact: true }).inputValue()).toBe(slug);
      await page
        .getByLabel("Editorial text")
        .fill("Trusts growing by a school or two a year.\n\nEach note says why it is here.");

      const search = page.getByLabel(/Find a trust by name/);
      await search.fill("Trust");
      await search.press("Enter");
      const found = page.getByRole("list", { name: "Trusts found" });
      await found.getByRole("listitem").nth(2).waitFor();
      const chosen: string[] = [];
      for (let i = 0; i < 3; i++) {
        const add = found.getByRole("button", { name: /^Add / }).first();
        const name = ((await add.textContent()) ?? "").replace(/^Add\s*/, "").trim();
        await add.click();
        chosen.push(name);
        await expect.poll(() => editorOrder(page)).toEqual(chosen);
      }
      const [first = "", second = "", third = ""] = chosen;
      for (const [name, note] of [
        [first, "The first of three."],
        [second, "The second of three."],
        [third, "Moved up by keyboard."],
      ]) {
        await page.getByLabel(`Note on ${name} (optional)`).fill(note ?? "");
      }

      // By keyboard: the third's "Move up", pressed with Enter; focus stays with the trust.
      const moveUp = page.getByRole("button", { name: `Move up ${third}` });
      await moveUp.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => editorOrder(page)).toEqual([first, third, second]);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
        .toBe(`Move up ${third}`);
      await page
        .getByRole("status")
        .filter({ hasText: `${third} is now number 2 of 3.` })
        .waitFor();

      // With the drag handle's keyboard controls (Space, an arrow, Space), each step announced,
      // the second goes back up; then the third is dragged up again with the pointer.
      await dragByKeyboard(page, `Drag ${second}, number 3 of 3`, second);
      await expect.poll(() => editorOrder(page)).toEqual([first, second, third]);
      await dragByPointer(page, `Drag ${third}, number 3 of 3`, `Drag ${second}, number 2 of 3`);
      await expect.poll(() => editorOrder(page)).toEqual([first, third, second]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await expectEveryControlReachableByKeyboard(page, "admin /collections/new as curator");

      await page.getByRole("button", { name: "Save the collection" }).click();
      await page.waitForURL(/\/collections\/(?!new)[^/]+$/);
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByRole("status").filter({ hasText: "saved as a draft" }).waitFor();
      expect(await editorOrder(page)).toEqual([first, third, second]);

      // Not public yet: a draft's address is not found.
      const visitor = await openContext({ app: "public" });
      const publicPage = await visitor.newPage();
      const draft = await publicPage.goto(`/collections/${slug}`);
      expect(draft?.status()).toBe(404);

      await page.getByLabel(/^Published/).check();
      await page.getByRole("button", { name: "Save the collection" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `published at /collections/${slug}` })
        .waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      expect(violations).toEqual([]);

      // The list shows it published.
      await page.getByRole("link", { name: "Back to the collections" }).click();
      await page
        .getByRole("table")
        .getByRole("row")
        .filter({ hasText: title })
        .filter({ hasText: "Published" })
        .waitFor();

      await publicPage.goto("/");
      const card = publicPage.getByRole("link", { name: title });
      await card.waitFor();
      await card.click();
      await publicPage.waitForURL(`${publicUrl}/collections/${slug}`);
      await publicPage.getByRole("heading", { level: 1, name: title }).waitFor();
      expect(await publicPage.title()).toBe(`${title} – Trust Atlas`);
      await publicPage.getByText("Each note says why it is here.").waitFor();
      const items = publicPage.getByRole("list").filter({ hasText: first }).getByRole("listitem");
      const listed = await items.evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector("h3")?.textContent?.trim() ?? "",
          li.querySelector("p:last-child")?.textContent?.trim() ?? "",
        ]),
      );
      expect(listed).toEqual([
        [first, "The first of three."],
        [third, "Moved up by keyboard."],
        [second, "The second of three."],
      ]);
      expect(await seriousAxeViolations(publicPage)).toEqual([]);

      // Each links to its trust's page.
      await publicPage.getByRole("link", { name: third }).click();
      await publicPage.getByRole("heading", { level: 1, name: third }).waitFor();
      expect(publicPage.url()).toMatch(/\/trusts\//);
    },
  );
});
