import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";
import { expectEveryControlReachableByKeyboard } from "../../support/keyboard.ts";
import type { Persona } from "../../support/personas.ts";

/**
 * `loaded`: the status a page shows once its data is in. A page that keeps live updates holds an
 * event stream open, so its network is never idle; it is waited for by that instead.
 */
const pages: { as: Persona | null; path: string; h1: string; loaded?: RegExp }[] = [
  { as: null, path: "/sign-in", h1: "Sign in" },
  { as: "trustAdmin", path: "/", h1: "Dashboard" },
  { as: "trustAdmin", path: "/trust-profile", h1: "Trust profile" },
  { as: "trustAdmin", path: "/scheme-of-delegation", h1: "Scheme of delegation" },
  {
    as: "trustAdmin",
    path: "/partnership-requests",
    h1: "Partnership requests",
    loaded: /^\d+ requests?$/,
  },
  { as: "curator", path: "/", h1: "Dashboard" },
  { as: "curator", path: "/curation", h1: "Curation" },
  { as: "curator", path: "/curation?verified=no&type=SINGLE_ACADEMY_TRUST", h1: "Curation" },
  { as: "curator", path: "/audit-log", h1: "Audit log" },
  { as: "curator", path: "/claims", h1: "Claims" },
  { as: "curator", path: "/moderation", h1: "Moderation" },
  { as: "curator", path: "/collections", h1: "Collections" },
  { as: "curator", path: "/collections/new", h1: "Create a collection" },
  { as: "schoolMember", path: "/", h1: "Dashboard" },
  { as: "trustAdmin", path: "/no-such-page", h1: "Page not found" },
];

describe("a keyboard or screen-reader user on the admin app", () => {
  journey.for(pages)(
    "uses $path as $as: one h1, no serious axe issue, every control reachable by keyboard",
    async ({ as, path, h1, loaded }, { openContext }) => {
      const context = await openContext({ app: "admin", as: as ?? undefined });
      const page = await context.newPage();
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: h1 }).waitFor();
      if (loaded) await page.getByRole("status").filter({ hasText: loaded }).waitFor();
      else await page.waitForLoadState("networkidle");
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await expectEveryControlReachableByKeyboard(page, `admin ${path} as ${as}`);
    },
  );
});
