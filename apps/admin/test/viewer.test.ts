import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import { type BuiltUser, buildTrust, buildUser } from "@atlas/db/testing";
import { createMemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SignOutDocument } from "../src/gql/graphql.ts";
import { adminRoutes } from "../src/routing/routes.tsx";
import { loadViewer, viewerCheckInterval } from "../src/session/viewer.ts";
import { type Browser, createBrowser } from "./support/browser.ts";
import { clientIn, demoPasswordHash, sessionIn, signIn } from "./support/session.ts";

let api: TestApi;
let ann: BuiltUser;
let tia: BuiltUser;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const { trust } = await buildTrust(db, { name: "Oak Learning Trust", schools: [{}, {}] });
  ann = await buildUser(db, { name: "Ann Example", passwordHash: demoPasswordHash });
  tia = await buildUser(db, {
    name: "Tia Admin",
    passwordHash: demoPasswordHash,
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
});

afterAll(async () => {
  await api?.close();
});

/** Signs out for real in another tab of the same browser: the session ends behind the app's back. */
async function signOutInAnotherTab(browser: Browser) {
  const result = await clientIn(api, browser).mutation(SignOutDocument, {}).toPromise();
  expect(result.data?.signOut.signedOut).toBe(true);
  expect(browser.cookie("atlas_session")).toBeUndefined();
}

describe("loadViewer", () => {
  it("asks the API at most once a minute, answering from the cache in between", async () => {
    const browser = createBrowser(api.fetch);
    await signIn(clientIn(api, browser), ann.email, demoPassword);
    const client = clientIn(api, browser);
    const start = 1_000_000;

    expect((await loadViewer(client, start))?.name).toBe(ann.user.name);
    expect((await loadViewer(client, start + viewerCheckInterval - 1))?.email).toBe(ann.email);
    expect(browser.sent("Viewer")).toBe(1);

    // The session ended elsewhere: the next check after a minute notices.
    await signOutInAnotherTab(browser);
    expect((await loadViewer(client, start + viewerCheckInterval - 1))?.name).toBe(ann.user.name);
    expect(browser.sent("Viewer")).toBe(1);
    expect(await loadViewer(client, start + viewerCheckInterval)).toBeNull();
    expect(browser.sent("Viewer")).toBe(2);
  });
});

describe("the auth guard between pages", () => {
  it("notices a session that ended elsewhere on the next navigation after a minute", async () => {
    const { session, browser } = sessionIn(api);
    await signIn(session.current(), tia.email, demoPassword);
    session.reset();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const router = createMemoryRouter(adminRoutes(session), {
        initialEntries: ["/trust-profile"],
      });
      // Lazy routes load their modules first: a busy machine takes longer than the default second.
      await vi.waitUntil(() => router.state.initialized, { timeout: 10_000 });
      expect(router.state.location.pathname).toBe("/trust-profile");
      expect(router.state.errors).toBeNull();
      expect(browser.sent("Viewer")).toBe(1);

      await signOutInAnotherTab(browser);
      await router.navigate("/scheme-of-delegation");
      expect(router.state.location.pathname).toBe("/scheme-of-delegation");
      expect(browser.sent("Viewer")).toBe(1);

      vi.setSystemTime(Date.now() + viewerCheckInterval);
      await router.navigate("/partnership-requests");
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        "/sign-in?redirectTo=%2Fpartnership-requests",
      );
      expect(browser.sent("Viewer")).toBe(2);
      router.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
