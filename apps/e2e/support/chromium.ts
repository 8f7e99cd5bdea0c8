import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

// Debian's Chromium: playwright's own download is never used.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

/** Headless Chromium with a profile and HOME of its own, removed again on close. */
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
