import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { allPersonas, demoAccount, type Persona, personas } from "./personas.ts";

/** Where each persona's signed-in browser state (its session cookie) was saved. */
export type StorageStates = Record<Persona, string>;

async function fillSignIn(page: Page, persona: Persona) {
  const account = demoAccount(persona);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return account;
}

/**
 * Signs each persona in once, through the real sign-in forms (staff on the admin app, the school
 * member on the public site), and saves the browser state to a file in `folder`. Journeys that
 * are not about signing in start from these states instead of signing in again: faster, and far
 * from the sign-in rate limits. The one session cookie serves both apps (cookies ignore ports).
 */
export async function signInOncePerRole(
  browser: Browser,
  urls: { publicUrl: string; adminUrl: string },
  folder: string,
): Promise<StorageStates> {
  const states: Partial<StorageStates> = {};
  for (const persona of allPersonas) {
    const staff = persona !== "schoolMember";
    const context = await browser.newContext({ baseURL: staff ? urls.adminUrl : urls.publicUrl });
    try {
      const page = await context.newPage();
      await page.goto("/sign-in");
      const account = await fillSignIn(page, persona);
      if (staff) await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
      else await page.getByRole("banner").getByText(`Signed in as ${account.name}`).waitFor();
      const path = join(folder, `${persona}.json`);
      await context.storageState({ path });
      states[persona] = path;
    } catch (error) {
      throw new Error(`Could not sign in as ${persona} (${personas[persona]})`, { cause: error });
    } finally {
      await context.close();
    }
  }
  const { trustAdmin, curator, schoolMember } = states;
  if (!trustAdmin || !curator || !schoolMember) throw new Error("A persona was not signed in.");
  return { trustAdmin, curator, schoolMember };
}
