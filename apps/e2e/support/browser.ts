import axe from "axe-core";
import type { Browser, BrowserContext, Page, ViewportSize } from "playwright-core";
import { inject } from "vitest";
import type { Persona } from "./personas.ts";

/** The built apps and API the global setup started for this run. */
export const publicUrl = inject("publicUrl");
export const adminUrl = inject("adminUrl");

export { type BrowserSession, launchBrowser } from "./chromium.ts";

/** Each persona's signed-in browser state, saved once by the global setup. */
export const storageStates = inject("storageStates");

/**
 * A fresh context on one of the apps (the public app unless told otherwise): no cookies, or
 * signed in `as` one of the personas (from the state the global setup saved), or starting from
 * any other saved `storageState` file. `viewport` sets the screen's size in CSS pixels, and
 * `mobile` makes it a phone's (a mobile viewport and touch).
 */
export function newContext(
  browser: Browser,
  javaScript: boolean,
  baseURL: string = publicUrl,
  options: {
    as?: Persona | undefined;
    storageState?: string | undefined;
    viewport?: ViewportSize | undefined;
    mobile?: boolean | undefined;
  } = {},
): Promise<BrowserContext> {
  const storageState = options.as ? storageStates[options.as] : options.storageState;
  return browser.newContext({
    baseURL,
    javaScriptEnabled: javaScript,
    ...(storageState ? { storageState } : {}),
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.mobile ? { isMobile: true, hasTouch: true } : {}),
  });
}

/**
 * A browser whose app JavaScript never arrives (every script file is refused), for checking the
 * server-rendered pages with axe, which itself needs JavaScript to run. The pages are what a
 * person with JavaScript off, or on a connection that lost the bundle, gets.
 */
export async function newContextWithoutAppScripts(
  browser: Browser,
  baseURL: string = publicUrl,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
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
