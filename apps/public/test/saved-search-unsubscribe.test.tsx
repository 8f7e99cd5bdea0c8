import { createTestApi, type TestApi } from "@atlas/api/testing";
import { tables } from "@atlas/db";
import { buildSchool, buildUser } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import UnsubscribePage, { action } from "../app/routes/saved-search-unsubscribe.tsx";
import { routeArgs } from "./route-args.ts";
import { routeFetchTo } from "./support/api.ts";

// The link at the foot of every saved-search alert: it opens a page with a button (mail
// scanners open links), and a post from it, or from a mail client's one-click unsubscribe,
// stops that search's emails with no sign-in and no same-origin check.

let api: TestApi;
let token: string;
const { savedSearches } = tables;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Linden Primary School" });
  const member = await buildUser(db, {
    passwordHash: "x",
    roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
  });
  const [row] = await db
    .insert(savedSearches)
    .values({ userId: member.user.id, schoolId: school.id, name: "Near Linden", filter: {} })
    .returning();
  token = row?.unsubscribeToken ?? "";
});
afterAll(() => api?.close());
beforeEach(() => routeFetchTo(api));
afterEach(() => vi.unstubAllGlobals());

const alertsNow = () =>
  api.database.db.query.savedSearches.findFirst({
    columns: { alerts: true },
    where: { unsubscribeToken: token },
  });

const unsubscribe = (withToken: string, headers: Record<string, string> = {}) =>
  action(
    routeArgs(
      `/saved-searches/unsubscribe/${withToken}`,
      { token: withToken },
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
      },
    ),
  ) as Promise<unknown>;

function render(actionData?: unknown) {
  const Stub = createRoutesStub([
    {
      id: "unsubscribe",
      path: "/saved-searches/unsubscribe/:token",
      Component: UnsubscribePage as never,
      action: () => actionData,
    },
  ]);
  return renderToString(
    <Stub
      initialEntries={[`/saved-searches/unsubscribe/${token}`]}
      hydrationData={{
        loaderData: {},
        actionData: actionData ? { unsubscribe: actionData } : undefined,
      }}
    />,
  ).replaceAll("<!-- -->", "");
}

describe("stopping a saved search's emails from its link", () => {
  it("asks first, and opening the link changes nothing", async () => {
    const html = render();
    expect(html).toContain("Stop these emails</button>");
    const row = await alertsNow();
    expect(row?.alerts).toBe("IMMEDIATE");
  });

  it("stops them on a post from anywhere, signed in or not", async () => {
    const answer = await unsubscribe(token, { "sec-fetch-site": "cross-site" });
    expect(answer).toEqual({
      stopped: { name: "Near Linden", school: "Linden Primary School" },
      error: null,
    });
    expect(render(answer)).toContain(
      "You will get no more emails about &quot;Near Linden&quot; for Linden Primary School.",
    );
    const row = await alertsNow();
    expect(row?.alerts).toBe("OFF");
  });

  it("says so when the link matches nothing or is mangled", async () => {
    const unknown = (await unsubscribe(crypto.randomUUID())) as {
      data: { error: string };
      init: { status: number };
    };
    expect(unknown.init.status).toBe(404);
    expect(unknown.data.error).toMatch(/no longer matches a saved search/);
    const mangled = (await unsubscribe("abc")) as {
      data: { error: string };
      init: { status: number };
    };
    expect(mangled.init.status).toBe(400);
    expect(render(mangled.data)).toContain("The emails could not be stopped");
  });
});
