import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { expectEveryControlReachableByKeyboard } from "../../support/keyboard.ts";

/** Goes to a page; `afterLoad` can act on it (submit a form) before it is checked. */
interface PageVisit {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  afterLoad?: (page: Page) => Promise<void>;
}

async function firstLinkIn(page: Page, path: string, table: RegExp): Promise<string> {
  await page.goto(path);
  const href = await page
    .getByRole("table", { name: table })
    .getByRole("rowheader")
    .first()
    .getByRole("link")
    .getAttribute("href");
  if (!href) throw new Error(`No link in the table on ${path}`);
  return href;
}

const visits: PageVisit[] = [
  { name: "home", path: "/" },
  { name: "all trusts", path: "/trusts" },
  {
    name: "a filtered search",
    path: "/trusts?q=academy&region=london&region=north-west&phase=primary&size=small&religiousCharacter=church-of-england",
  },
  { name: "a search with no results", path: "/trusts?q=no-trust-is-called-this" },
  { name: "a trust", path: (page) => firstLinkIn(page, "/trusts?size=large", /^Trusts found/) },
  {
    name: "a school",
    path: async (page) =>
      firstLinkIn(
        page,
        await firstLinkIn(page, "/trusts?size=medium", /^Trusts found/),
        /^Schools in/,
      ),
  },
  { name: "sign in", path: "/sign-in" },
  {
    name: "sign in with errors",
    path: "/sign-in",
    afterLoad: async (page) => {
      await page.getByLabel("Email address").fill("not an email");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("alert").waitFor();
    },
  },
  { name: "sign out", path: "/sign-out" },
  { name: "sign up", path: "/sign-up" },
  {
    name: "sign up with errors",
    path: "/sign-up",
    afterLoad: async (page) => {
      await page.getByLabel("Password").fill("too short");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("alert").waitFor();
    },
  },
  { name: "page not found", path: "/no-such-page" },
  {
    name: "a comparison of two trusts",
    path: async (page) => {
      const ids = new URLSearchParams();
      for (const search of ["/trusts?size=large", "/trusts?size=medium"]) {
        const href = await firstLinkIn(page, search, /^Trusts found/);
        ids.append("ids", decodeURIComponent(/^\/trusts\/([^?]+)/.exec(href)?.[1] ?? ""));
      }
      return `/compare?${ids}`;
    },
  },
];

describe.each([
  { mode: "without the app's JavaScript", javaScript: false },
  { mode: "with JavaScript", javaScript: true },
])("a keyboard or screen-reader user $mode", ({ javaScript }) => {
  journey.for(visits)(
    "uses $name: one h1, the landmarks, a skip link, no serious axe issue, every control in Tab reach",
    async (visit, { openContext }) => {
      const context = await openContext({ withoutAppScripts: !javaScript });
      const page = await context.newPage();
      const path = typeof visit.path === "string" ? visit.path : await visit.path(page);
      await page.goto(path);
      if (javaScript) await page.waitForLoadState("networkidle");
      await visit.afterLoad?.(page);

      expect(await seriousAxeViolations(page)).toEqual([]);
      await expect(page.locator("h1").count()).resolves.toBe(1);
      await expect(page.getByRole("banner").count()).resolves.toBe(1);
      await expect(page.getByRole("main").count()).resolves.toBe(1);
      await expect(page.getByRole("contentinfo").count()).resolves.toBe(1);
      await expect(page.getByRole("navigation", { name: "Main" }).count()).resolves.toBe(1);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en-GB");
      await expect(page.title()).resolves.toMatch(/ – Trust Atlas$/);

      // Keyboard: the first Tab reaches the skip link, which shows and leads to the main content.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await page.goto(page.url());
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement)) return null;
        const box = el.getBoundingClientRect();
        return { text: el.textContent, href: el.getAttribute("href"), width: box.width };
      });
      expect(skip).toMatchObject({ text: "Skip to main content", href: "#main-content" });
      expect(skip?.width ?? 0).toBeGreaterThan(1);
      await page.keyboard.press("Enter");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main-content");
      await expectEveryControlReachableByKeyboard(page, visit.name);
    },
  );
});
