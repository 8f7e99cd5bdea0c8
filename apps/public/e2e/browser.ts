import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** The public app under test: `react-router-serve` or `react-router dev`, with its API running. */
export const baseUrl = (process.env.E2E_PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "");

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const response = await fetch(`${baseUrl}/`).catch((error: unknown) => error);
  if (!(response instanceof Response)) {
    throw new Error(
      `The public app is not answering at ${baseUrl}. Start the API and the app first (see e2e/README.md).`,
    );
  }
  // A fresh profile and HOME each run, so Chromium leaves nothing behind in the tree.
  const home = mkdtempSync(join(tmpdir(), "atlas-public-e2e-"));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    env: { ...process.env, HOME: home },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export function newContext(browser: Browser, javaScript: boolean): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, javaScriptEnabled: javaScript });
}

/**
 * A browser whose app JavaScript never arrives (every script file is refused), for checking the
 * server-rendered pages with axe, which itself needs JavaScript to run. The pages are what a
 * person with JavaScript off, or on a connection that lost the bundle, gets.
 */
export async function newContextWithoutAppScripts(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.route(/\.(?:js|mjs)(?:\?.*)?$/, (route) => route.abort());
  return context;
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page (WCAG 2.2 A and AA, and best practice) and returns the serious and
 * critical violations. Needs JavaScript: see newContextWithoutAppScripts.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(`${axe.source}\n;undefined`);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
