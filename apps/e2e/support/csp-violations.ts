import type { Page } from "playwright-core";

declare global {
  interface Window {
    reportCspViolation(text: string): void;
  }
}

/**
 * Every Content-Security-Policy violation Chromium reports on the page, from its first script
 * on and across navigations and reloads. Some are only events (a refused `new Function` probe
 * that the code catches logs nothing to the console), so the page reports each event to the
 * test as it happens; the ones logged to the console are kept too. Call before the first `goto`.
 */
export async function violationsOn(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => {
    violations.push(text);
  });
  // Added through DevTools, so the policy does not apply to this script itself.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
