import type { TestApi } from "@atlas/api/testing";
import { type DemoAccount, type DemoData, demoAccounts, demoPasswordHashes } from "@atlas/data";
import type { Client } from "urql";
import { SignInDocument } from "../../src/gql/graphql.ts";
import { type AtlasClientOptions, createAtlasClient } from "../../src/graphql/client.ts";
import { createSessionClient, type SessionClient } from "../../src/session/session-client.ts";
import { type Browser, createBrowser } from "./browser.ts";

/** The app's urql client talking to the real test API through `browser` (a tab of it). */
export function clientIn(
  api: TestApi,
  browser: Browser,
  options: Omit<AtlasClientOptions, "url" | "fetch"> = {},
): Client {
  return createAtlasClient({ ...options, url: api.url, fetch: browser.fetch });
}

/** The app's session (a fresh client per signed-in person) in a new browser on the real API. */
export function sessionIn(api: TestApi, browser = createBrowser(api.fetch)) {
  const session: SessionClient = createSessionClient(() => clientIn(api, browser));
  return { session, browser };
}

/** Signs in for real with the API's SignIn mutation; the browser keeps the session cookie. */
export async function signIn(client: Client, email: string, password: string): Promise<void> {
  const result = await client.mutation(SignInDocument, { input: { email, password } }).toPromise();
  const outcome = result.data?.signIn.__typename;
  if (outcome !== "SignInPayload") {
    throw new Error(`could not sign in as ${email}: ${result.error?.message ?? outcome}`);
  }
}

/** The demo data the test API was loaded with. */
export function demoOf(api: TestApi): DemoData {
  if (!api.demo) throw new Error("this test API was made without demo data");
  return api.demo;
}

/**
 * An argon2id hash of `demoPassword` made with the API's options (see @atlas/data's
 * demo-accounts.ts), for the people a test builds: they sign in with `demoPassword` for real,
 * without this app depending on argon2.
 */
export const demoPasswordHash: string = (() => {
  const hash = demoPasswordHashes[demoAccounts[0]?.email ?? ""];
  if (!hash) throw new Error("the demo data has no password hash to reuse");
  return hash;
})();

/** A demo account by its email, with the name the demo data gives it. */
export function demoAccount(email: string): DemoAccount {
  const account = demoAccounts.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}
