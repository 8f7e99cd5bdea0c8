import { demoAccounts } from "@atlas/data/demo-accounts";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminUrl,
  type BrowserSession,
  launchBrowser,
  newContext,
  seriousAxeViolations,
} from "../../support/browser.ts";
import { expectEveryControlReachableByKeyboard } from "../../support/keyboard.ts";

let session: BrowserSession;
let browser: Browser;
beforeAll(async () => {
  session = await launchBrowser();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
});

/** A context signed in as the demo account with this role, through the real sign-in form. */
async function signedIn(role: string): Promise<BrowserContext> {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  const context = await newContext(browser, true, adminUrl);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  await page.close();
  return context;
}

const pages: { role: string | null; path: string; h1: string }[] = [
  { role: null, path: "/sign-in", h1: "Sign in" },
  { role: "TRUST_ADMIN", path: "/", h1: "Dashboard" },
  { role: "TRUST_ADMIN", path: "/trust-profile", h1: "Trust profile" },
  { role: "TRUST_ADMIN", path: "/scheme-of-delegation", h1: "Scheme of delegation" },
  { role: "TRUST_ADMIN", path: "/partnership-requests", h1: "Partnership requests" },
  { role: "CURATOR", path: "/", h1: "Dashboard" },
  { role: "CURATOR", path: "/curation", h1: "Curation" },
  { role: "SCHOOL_MEMBER", path: "/", h1: "Dashboard" },
  { role: "TRUST_ADMIN", path: "/no-such-page", h1: "Page not found" },
];

describe("admin pages", () => {
  it.each(pages)(
    "$path as $role: one h1, no serious axe issue, every control reachable by keyboard",
    async ({ role, path, h1 }) => {
      const context = role ? await signedIn(role) : await newContext(browser, true, adminUrl);
      const page = await context.newPage();
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: h1 }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await expectEveryControlReachableByKeyboard(page, `admin ${path} as ${role}`);
      await context.close();
    },
  );
});
