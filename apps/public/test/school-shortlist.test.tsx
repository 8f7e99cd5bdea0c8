import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildSchool, buildTrust } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ShortlistPage, { action, loader } from "../app/routes/school-shortlist.tsx";
import TrustSearchPage, { loader as searchLoader } from "../app/routes/trusts.tsx";
import { routeArgs } from "./route-args.ts";
import { memberSessionOf, routeFetchTo, trustIdOf } from "./support/api.ts";

// A school's shortlist and saved searches through the public app's forms, against the real
// API: adding from the search results, notes, saved searches with their counts and new
// trusts, and the refusals (anyone but the school's members, a closed trust, a long note).

let api: TestApi;
let urn: number;
let path: string;
let member: string;
let otherMember: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Hazel Primary School" });
  const other = await buildSchool(db, { name: "Rowan Primary School" });
  urn = school.urn;
  path = `/schools/${urn}/shortlist`;
  for (const [key, name, region] of [
    ["alder", "Alder Shortlist Trust", "NORTH_WEST"],
    ["beech", "Beech Shortlist Trust", "NORTH_WEST"],
    ["cedar", "Cedar Shortlist Trust", "LONDON"],
  ] as const) {
    const { trust } = await buildTrust(db, { name, region, schools: [{ region }] });
    ids[key] = await trustIdOf(api, trust.groupId ?? "");
  }
  member = (await memberSessionOf(api, school.id)).cookie;
  otherMember = (await memberSessionOf(api, other.id)).cookie;
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function post(cookie: string, fields: Record<string, string>) {
  const body = new URLSearchParams(fields);
  return action(
    routeArgs(
      path,
      { urn: String(urn) },
      {
        method: "POST",
        headers: {
          cookie,
          "content-type": "application/x-www-form-urlencoded",
          "sec-fetch-site": "same-origin",
        },
        body,
      },
    ),
  );
}

/** What an action answered: the redirect it threw, or the data it returned. */
async function outcome(run: Promise<unknown>) {
  try {
    const returned = (await run) as { data: unknown; init: { status: number } | null };
    return { status: returned.init?.status ?? 200, data: returned.data, location: null };
  } catch (thrown) {
    if (thrown instanceof Response) {
      return { status: thrown.status, data: null, location: thrown.headers.get("location") };
    }
    throw thrown;
  }
}

async function renderShortlist(cookie: string, query = "") {
  const loaded = await loader(
    routeArgs(`${path}${query}`, { urn: String(urn) }, { headers: { cookie } }),
  );
  const loaderData = ("data" in loaded ? loaded.data : loaded) as Awaited<
    ReturnType<typeof loader>
  >;
  const Stub = createRoutesStub([
    {
      id: "shortlist",
      path: "/schools/:urn/shortlist",
      Component: ShortlistPage as never,
      loader: () => loaderData,
    },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[`${path}${query}`]}
      hydrationData={{ loaderData: { shortlist: loaderData } }}
    />,
  );
  // React marks where text pieces meet; the person reads one sentence.
  return { loaded, html: html.replaceAll("<!-- -->", "") };
}

describe("a school's shortlist", () => {
  it("adds trusts from the search results and sends the member back to them", async () => {
    const back = "/trusts?q=shortlist";
    const added = await outcome(
      post(member, { intent: "add", trustId: ids.alder ?? "", returnTo: back }),
    );
    expect(added).toMatchObject({ status: 303, location: back });
    await outcome(post(member, { intent: "add", trustId: ids.beech ?? "" }));

    // The search results now offer to remove Alder, and to add Cedar.
    const results = await searchLoader(routeArgs(back, {}, { headers: { cookie: member } }));
    expect(results.shortlisting).toEqual({
      school: { urn, name: "Hazel Primary School" },
      shortlisted: expect.arrayContaining([ids.alder, ids.beech]),
    });
    const Stub = createRoutesStub([
      { id: "routes/trusts", path: "/trusts", Component: TrustSearchPage, loader: () => results },
    ]);
    const html = renderToString(
      <Stub initialEntries={[back]} hydrationData={{ loaderData: { "routes/trusts": results } }} />,
    ).replaceAll("<!-- -->", "");
    expect(html).toContain(
      'Remove from shortlist<span class="ui-visually-hidden">: Alder Shortlist Trust',
    );
    expect(html).toContain(
      'Add to shortlist<span class="ui-visually-hidden">: Cedar Shortlist Trust',
    );
    expect(html).toContain(`action="${path}"`);
    // A search with filters can be saved; the rows' boxes belong to the compare form.
    expect(html).toContain("Save this search");
    expect(html).toContain('form="compare-chosen"');
  });

  it("lists the trusts with notes, and keeps a note the member writes", async () => {
    const saved = await outcome(
      post(member, {
        intent: "note",
        trustId: ids.alder ?? "",
        note: "  Ask about their CPD offer.  ",
      }),
    );
    expect(saved).toMatchObject({ status: 303, location: `${path}?done=note` });
    const { html } = await renderShortlist(member, "?done=note");
    expect(html).toContain("The note is saved.");
    expect(html).toContain("Trusts on the shortlist (2)");
    expect(html).toContain(">Ask about their CPD offer.</textarea>");
    expect(html).toContain("Compare chosen trusts");
    expect(html).toMatch(new RegExp(`name="ids" checked="" value="${ids.alder}"`));
  });

  it("refuses a note that is too long, and keeps the one there", async () => {
    const refused = await outcome(
      post(member, { intent: "note", trustId: ids.alder ?? "", note: "x".repeat(2001) }),
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.data)).toMatch(/at most 2,000 characters/);
    const { html } = await renderShortlist(member);
    expect(html).toContain(">Ask about their CPD offer.</textarea>");
  });

  it("takes a trust off, and a closed or unknown trust is a message, not an error page", async () => {
    expect(
      await outcome(post(member, { intent: "remove", trustId: ids.beech ?? "" })),
    ).toMatchObject({
      status: 303,
    });
    const { html } = await renderShortlist(member);
    expect(html).toContain("Trusts on the shortlist (1)");
    expect(html).not.toContain("Beech Shortlist Trust");
    const unknown = await outcome(post(member, { intent: "add", trustId: "not-an-id" }));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.data)).toMatch(/trust/i);
  });

  it("saves a search, counts its matches and names the trusts new since the member looked", async () => {
    const saved = await outcome(
      post(member, {
        intent: "save-search",
        name: "North West",
        search: "q=shortlist&region=north-west",
      }),
    );
    expect(saved).toMatchObject({ status: 303, location: `${path}?done=save-search` });
    let { html } = await renderShortlist(member);
    expect(html).toContain("Your saved searches (1)");
    expect(html).toContain('href="/trusts?q=shortlist&amp;region=north-west"');
    expect(html).toContain("2 trusts match now.");
    expect(html).toContain("No new trusts since you last looked.");

    // A new trust starts to match: it is named until the member marks the search as seen.
    const { trust } = await buildTrust(api.database.db, {
      name: "Damson Shortlist Trust",
      region: "NORTH_WEST",
      schools: [{ region: "NORTH_WEST" }],
    });
    ({ html } = await renderShortlist(member));
    expect(html).toContain("3 trusts match now.");
    expect(html).toContain("New since you last looked: 1");
    expect(html).toContain(">Damson Shortlist Trust</a>");
    const savedSearchId = /name="savedSearchId" value="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(savedSearchId).not.toBe("");
    await outcome(post(member, { intent: "mark-seen", savedSearchId }));
    ({ html } = await renderShortlist(member));
    expect(html).toContain("No new trusts since you last looked.");
    expect(trust.name).toBe("Damson Shortlist Trust");

    // Its email alerts: as it happens by default, changed to a weekly digest.
    expect(html).toMatch(/<option value="IMMEDIATE" selected="">As it happens<\/option>/);
    expect(
      await outcome(post(member, { intent: "set-alerts", savedSearchId, alerts: "WEEKLY" })),
    ).toMatchObject({ status: 303, location: `${path}?done=set-alerts` });
    ({ html } = await renderShortlist(member));
    expect(html).toMatch(/<option value="WEEKLY" selected="">Weekly digest<\/option>/);

    await outcome(post(member, { intent: "delete-search", savedSearchId }));
    ({ html } = await renderShortlist(member));
    expect(html).toContain("No saved searches yet");
  });

  it("is private to the school's members", async () => {
    const { loaded, html } = await renderShortlist(otherMember);
    expect("init" in loaded && loaded.init?.status).toBe(403);
    expect(html).toContain("Only people who work for Hazel Primary School");
    expect(html).not.toContain("Alder Shortlist Trust");
    // Another school's member cannot write to it either.
    const refused = await outcome(post(otherMember, { intent: "add", trustId: ids.cedar ?? "" }));
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.data)).toMatch(/Only people who work for the school/);
    const anonymous = await outcome(
      loader(routeArgs(path, { urn: String(urn) })) as Promise<unknown>,
    );
    expect(anonymous).toMatchObject({
      status: 302,
      location: `/sign-in?redirectTo=${encodeURIComponent(path)}`,
    });
  });
});
