import type { Browser, BrowserContext, ViewportSize } from "playwright-core";
import { test } from "vitest";
import { adminUrl, newContext, newContextWithoutAppScripts, publicUrl } from "./browser.ts";
import { launchBrowser } from "./chromium.ts";
import type { Persona } from "./personas.ts";

export interface ContextOptions {
  /** Which app the relative URLs go to. Default: the public app. */
  app?: "public" | "admin";
  /** Default true. `false` turns JavaScript off in the browser altogether. */
  javaScript?: boolean;
  /**
   * Keep JavaScript on but refuse the app's script files: what a person gets when the bundle is
   * lost, while axe (which needs JavaScript) can still check the page.
   */
  withoutAppScripts?: boolean;
  /** Start signed in as this persona (the global setup signed each in once). */
  as?: Persona;
  /** The screen's size in CSS pixels. Default: Playwright's 1280 × 720. */
  viewport?: ViewportSize;
  /** A phone: a mobile viewport, with touch. Default false. */
  mobile?: boolean;
}

/**
 * `test` for browser journeys: one Chromium per worker (the journeys run in one worker, so one
 * for the run), and `openContext` for a fresh browser context that is closed after the test.
 */
export const journey = test
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's needs from this pattern
  .extend("browser", { scope: "worker" }, async ({}, { onCleanup }): Promise<Browser> => {
    const session = await launchBrowser();
    onCleanup(() => session.close());
    return session.browser;
  })
  .extend("openContext", async ({ browser }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((context) => context.close()));
    });
    return async (options: ContextOptions = {}): Promise<BrowserContext> => {
      const baseURL = options.app === "admin" ? adminUrl : publicUrl;
      const context = options.withoutAppScripts
        ? await newContextWithoutAppScripts(browser, baseURL)
        : await newContext(browser, options.javaScript ?? true, baseURL, {
            as: options.as,
            viewport: options.viewport,
            mobile: options.mobile,
          });
      opened.push(context);
      return context;
    };
  });
