import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

/** The built apps and API the global setup started for this run. */
export const publicUrl = inject("publicUrl");
export const adminUrl = inject("adminUrl");

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  // A fresh profile and HOME each run, so Chromium leaves nothing behind in the tree.
  const home = mkdtempSync(join(tmpdir(), "atlas-e2e-chromium-"));
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

/** A fresh context (no cookies) on one of the apps; the public app unless told otherwise. */
export function newContext(
  browser: Browser,
  javaScript: boolean,
  baseURL: string = publicUrl,
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, javaScriptEnabled: javaScript });
}

/**
 * A browser whose app JavaScript never arrives (every script file is refused), for checking the
 * server-rendered pages with axe, which itself needs JavaScript to run. The pages are what a
 * person with JavaScript off, or on a connection that lost the bundle, gets.
 */
export async function newContextWithoutAppScripts(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: publicUrl });
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
