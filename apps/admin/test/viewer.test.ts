import { createMemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { createAtlasClient } from "../src/graphql/client.ts";
import { adminRoutes } from "../src/routing/routes.tsx";
import { loadViewer, viewerCheckInterval } from "../src/session/viewer.ts";
import { fakeApi, fakeSession, viewer } from "./support/fake-api.ts";

describe("loadViewer", () => {
  it("asks the API at most once a minute, answering from the cache in between", async () => {
    let signedIn = true;
    const api = fakeApi({ Viewer: () => ({ viewer: signedIn ? viewer("Ann", []) : null }) });
    const client = createAtlasClient({ url: "http://admin.test/graphql", fetch: api.fetch });
    const start = 1_000_000;

    expect((await loadViewer(client, start))?.name).toBe("Ann");
    expect((await loadViewer(client, start + viewerCheckInterval - 1))?.name).toBe("Ann");
    expect(api.requests).toHaveLength(1);

    // The session ended elsewhere: the next check after a minute notices.
    signedIn = false;
    expect(await loadViewer(client, start + viewerCheckInterval)).toBeNull();
    expect(api.requests).toHaveLength(2);
  });
});

describe("the auth guard between pages", () => {
  it("notices a session that ended elsewhere on the next navigation after a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      let signedIn = true;
      const trust = { __typename: "Trust", id: "T1", name: "Oak Learning Trust" };
      const api = fakeApi({
        Viewer: () => ({
          viewer: signedIn ? viewer("Tia Admin", [{ role: "TRUST_ADMIN", trust }]) : null,
        }),
      });
      const router = createMemoryRouter(adminRoutes(fakeSession(api)), {
        initialEntries: ["/trust-profile"],
      });
      await vi.waitUntil(() => router.state.initialized);
      expect(router.state.location.pathname).toBe("/trust-profile");

      signedIn = false;
      await router.navigate("/scheme-of-delegation");
      expect(router.state.location.pathname).toBe("/scheme-of-delegation");

      vi.setSystemTime(Date.now() + viewerCheckInterval);
      await router.navigate("/partnership-requests");
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        "/sign-in?redirectTo=%2Fpartnership-requests",
      );
      router.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
