import { createTestApi, type TestApi } from "@atlas/api/testing";
import { addToTrust, buildSchools, buildTrust, type SchoolSpec } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import TrustSearchPage, { loader } from "../app/routes/trusts.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo, trustIdOf } from "./support/api.ts";
import { freePort } from "./support/ports.ts";

/** The network's own fetch, before any test points it at the in-process API. */
const networkFetch = globalThis.fetch;

let api: TestApi;
let calls: ApiCall[];

const northWestPrimary: SchoolSpec = {
  phase: "PRIMARY",
  region: "NORTH_WEST",
  laCode: 352,
  laName: "Manchester",
};

/** The trusts a search for "oak" with a primary school in the North West must find. */
const oakwoods = Array.from(
  { length: 20 },
  (_, i) => `Oakwood Trust ${String(i + 1).padStart(2, "0")}`,
);
const matching = ["Oak Learning Trust", "Oakfield Academy Trust", ...oakwoods];
let oakLearningId: string;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  // The trusts to find: one of 7 schools, a single-academy trust with no head office region
  // recorded, and enough others for a second page of results.
  const oakLearning = await buildTrust(db, {
    name: "Oak Learning Trust",
    region: "NORTH_WEST",
    schools: Array.from({ length: 7 }, () => northWestPrimary),
  });
  await buildTrust(db, {
    name: "Oakfield Academy Trust",
    type: "SINGLE_ACADEMY_TRUST",
    region: null,
    schools: [northWestPrimary],
  });
  for (const name of oakwoods) {
    await buildTrust(db, {
      name,
      type: "SINGLE_ACADEMY_TRUST",
      region: "NORTH_WEST",
      schools: [northWestPrimary],
    });
  }
  // Near misses the filter must leave out.
  const sat = { type: "SINGLE_ACADEMY_TRUST", region: "NORTH_WEST" } as const;
  await buildTrust(db, {
    ...sat,
    name: "Oak Secondary Trust",
    schools: [{ ...northWestPrimary, phase: "SECONDARY" }],
  });
  await buildTrust(db, {
    ...sat,
    name: "Oak Capital Trust",
    region: "LONDON",
    schools: [{ phase: "PRIMARY", region: "LONDON" }],
  });
  await buildTrust(db, {
    ...sat,
    name: "Oak Closed Trust",
    status: "CLOSED",
    schools: [northWestPrimary],
  });
  await buildTrust(db, { ...sat, name: "Birch Learning Trust", schools: [northWestPrimary] });
  const { trust: former } = await buildTrust(db, {
    ...sat,
    name: "Oak Former Trust",
    schools: [{ phase: "PRIMARY", region: "LONDON" }],
  });
  const leftBehind = await buildSchools(db, [northWestPrimary]);
  await addToTrust(db, former.id, leftBehind, { joinedOn: "2016-09-01", leftOn: "2020-08-31" });

  // Trusts in changing states, away from the "oak" searches: one proposed to close (with a
  // school proposed to close too), one proposed to open.
  await buildTrust(db, {
    name: "Elm Closing Trust",
    status: "PROPOSED_TO_CLOSE",
    schools: [northWestPrimary, { ...northWestPrimary, status: "OPEN_PROPOSED_TO_CLOSE" }],
  });
  await buildTrust(db, {
    ...sat,
    name: "Elm Opening Trust",
    status: "PROPOSED_TO_OPEN",
    schools: [northWestPrimary],
  });

  oakLearningId = await trustIdOf(api, oakLearning.trust.groupId ?? "");
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  calls = routeFetchTo(api);
});

/** The app's trust searches among its requests to the API. */
const searches = () => calls.filter((c) => c.operationName === "TrustSearch");

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The values of the checked checkboxes in server-rendered HTML. */
function checkedValues(html: string): string[] {
  const inputs = html.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
  return inputs
    .filter((input) => /\schecked=""/.test(input))
    .map((input) => /\svalue="([^"]*)"/.exec(input)?.[1] ?? "");
}

/** The results table's row for a trust. */
function rowOf(html: string, name: string): string {
  const rows = html.match(/<tr>(?:(?!<\/tr>).)*<\/tr>/g) ?? [];
  return rows.find((row) => row.includes(`>${name}</a>`)) ?? "";
}

async function renderSearch(path: string) {
  const loaderData = await loader(
    routeArgs(path, {}, { headers: { cookie: "atlas_session=abc" } }),
  );
  const Stub = createRoutesStub([
    { id: "routes/trusts", path: "/trusts", Component: TrustSearchPage, loader: () => loaderData },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[path]}
      hydrationData={{ loaderData: { "routes/trusts": loaderData } }}
    />,
  );
  return { loaderData, html };
}

describe("the trust search page", () => {
  it("asks the API with the filter from the URL, the visitor's cookie and address", async () => {
    const { loaderData } = await renderSearch(
      "/trusts?q=oak&region=north-west&region=nowhere&phase=primary&size=medium",
    );
    // The search, and (with a cookie) whose shortlist the rows' buttons would be for.
    expect(calls.map((c) => c.operationName).sort()).toEqual(["Shortlisting", "TrustSearch"]);
    const [call] = searches();
    expect(call?.operationName).toBe("TrustSearch");
    expect(call?.variables).toEqual({
      filter: { search: "oak", regions: ["NORTH_WEST"], phases: ["PRIMARY"], sizeBand: "MEDIUM" },
      first: 20,
      offset: 0,
      orderBy: null,
      nearUrn: 0,
      hasNear: false,
    });
    expect(call?.headers.get("cookie")).toBe("atlas_session=abc");
    expect(call?.headers.get("x-graphql-yoga-csrf")).toBeTruthy();
    // The address the server found (see routeArgs), so the API can tell visitors apart.
    expect(call?.headers.get("x-forwarded-for")).toBe("192.0.2.10");
    // Of the trusts found with a primary school in the North West, one has 6 to 10 schools.
    expect(loaderData.trusts.totalCount).toBe(1);
    expect(loaderData.trusts.nodes.map((t) => t.name)).toEqual(["Oak Learning Trust"]);
  });

  it("renders the results, the count, the chosen filters and a next-page link", async () => {
    const path = "/trusts?q=oak&region=north-west&phase=primary";
    const { loaderData, html } = await renderSearch(path);
    const firstPage = loaderData.trusts.nodes.map((t) => t.name);
    expect(firstPage).toHaveLength(20);
    expect(firstPage).toEqual(
      expect.arrayContaining(["Oak Learning Trust", "Oakfield Academy Trust"]),
    );

    expect(html).toMatch(/<h1[^>]*>Trusts matching “oak”<\/h1>/);
    expect(html).toContain(`${matching.length} trusts found`);
    const oakLearningRow = rowOf(html, "Oak Learning Trust");
    expect(oakLearningRow).toContain(
      `href="/trusts/${encodeURIComponent(oakLearningId)}?back=q%3Doak%26region%3Dnorth-west%26phase%3Dprimary"`,
    );
    expect(oakLearningRow).toContain("Multi-academy trust");
    expect(oakLearningRow).toContain("6 to 10 schools");
    expect(oakLearningRow).toContain("North West");
    // Oakfield Academy Trust has no head office region on record.
    expect(rowOf(html, "Oakfield Academy Trust")).toMatch(
      /<td[^>]*>Not recorded<\/td><td[^>]*>[^<]+<\/td><\/tr>$/,
    );
    expect(html).not.toContain("Oak Closed Trust");
    // The chosen filters are checked in the form, and listed above the results.
    expect(checkedValues(html)).toEqual(["north-west", "primary"]);
    expect(html).toContain('value="oak"');
    const next = `${path}&page=2`;
    expect(html).toContain(`href="${next.replaceAll("&", "&amp;")}" rel="next"`);
    expect(html).toContain(`aria-label="Page 2"`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);

    // The link leads to the rest of the trusts found (the API is asked from offset 20).
    const secondPage = await loader(routeArgs(next, {}));
    expect(searches().at(-1)?.variables).toMatchObject({ first: 20, offset: 20 });
    expect(secondPage.page).toBe(2);
    expect(secondPage.trusts.offset).toBe(20);
    const all = [...firstPage, ...secondPage.trusts.nodes.map((t) => t.name)];
    expect(all.sort()).toEqual([...matching].sort());
  });

  it("shows an empty state when nothing matches", async () => {
    const { loaderData, html } = await renderSearch("/trusts?q=zzz");
    expect(loaderData.trusts.totalCount).toBe(0);
    expect(html).toContain("No trusts found");
    expect(html).toContain("No trusts match your search.");
    expect(html).not.toContain("<table");
    expect(html).not.toContain('rel="next"');
  });

  it("goes straight to a page by its number, and offers a jump to any page", async () => {
    const { loaderData, html } = await renderSearch("/trusts?q=oak&page=2");
    expect(searches().map((c) => c.variables)).toEqual([
      {
        filter: { search: "oak" },
        first: 20,
        offset: 20,
        orderBy: null,
        nearUrn: 0,
        hasNear: false,
      },
    ]);
    expect(loaderData.page).toBe(2);
    expect(html).toContain("Showing 21–");
    const jump = /<form class="ui-page-jump"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
    expect(jump).toContain('action="/trusts"');
    expect(jump).toContain('<input type="hidden" name="q" value="oak"/>');
    expect(jump).toMatch(/name="page"[^>]*value="2"/);
    // The whole result set downloads with the same search.
    expect(html).toContain('href="/trusts.csv?q=oak" download=""');
  });

  it("shows the first page, and says so, for a cursor from an older link", async () => {
    const { loaderData, html } = await renderSearch("/trusts?q=oak&after=garbage");
    expect(searches().map((c) => c.variables)).toEqual([
      {
        filter: { search: "oak" },
        first: 20,
        offset: 0,
        orderBy: null,
        nearUrn: 0,
        hasNear: false,
      },
    ]);
    expect(loaderData.page).toBe(1);
    expect(loaderData.trusts.nodes).toHaveLength(20);
    expect(html).toContain("Part of your search was not understood");
    expect(html).toContain(
      "The link to this page of results was out of date or incomplete, so the first page is shown.",
    );
    expect(html).not.toContain("garbage");
  });

  it("says which values in the URL it did not understand, and searches without them", async () => {
    const { loaderData, html } = await renderSearch(
      "/trusts?q=oak&region=XYZ&region=north-west&phase=NOPE&status=closed&page=999",
    );
    expect(searches().at(-1)?.variables).toEqual({
      filter: { search: "oak", regions: ["NORTH_WEST"] },
      first: 20,
      offset: 0,
      orderBy: null,
      nearUrn: 0,
      hasNear: false,
    });
    expect(loaderData.trusts.totalCount).toBeGreaterThan(0);
    const summary = /<div class="ui-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
    expect(summary).toContain("Part of your search was not understood");
    expect(summary).toContain('href="#region"');
    expect(summary).toContain("“XYZ” is not a region we know, so it was ignored.");
    expect(summary).toContain("“NOPE” is not a phase we know, so it was ignored.");
    expect(summary).toContain("“closed” is not a status of trust we list, so it was ignored.");
    expect(summary).toContain("There is no page “999” of these results to go to");
    // A clean search says nothing of the kind.
    const clean = await renderSearch("/trusts?q=oak&region=north-west");
    expect(clean.html).not.toContain("ui-error-summary");
  });

  it("filters by status and type, and shows a trust's status in the results", async () => {
    const { loaderData, html } = await renderSearch(
      "/trusts?q=elm&status=proposed-to-close&type=multi-academy-trust",
    );
    expect(searches().at(-1)?.variables).toEqual({
      filter: { search: "elm", statuses: ["PROPOSED_TO_CLOSE"], types: ["MULTI_ACADEMY_TRUST"] },
      first: 20,
      offset: 0,
      orderBy: null,
      nearUrn: 0,
      hasNear: false,
    });
    expect(loaderData.trusts.nodes.map((t) => t.name)).toEqual(["Elm Closing Trust"]);
    expect(rowOf(html, "Elm Closing Trust")).toMatch(
      /<strong class="ui-tag[^"]*">Proposed to close</,
    );
    expect(checkedValues(html)).toEqual(["multi-academy-trust", "proposed-to-close"]);

    const all = await renderSearch("/trusts?q=elm");
    expect(rowOf(all.html, "Elm Opening Trust")).toContain(">Proposed to open<");
    expect(rowOf(all.html, "Oak Learning Trust")).not.toContain("ui-tag");
  });

  it("sorts as asked, says what it shows, counts each option and removes one filter at a time", async () => {
    const { loaderData, html } = await renderSearch("/trusts?q=oak&sort=size&region=north-west");
    expect(searches().at(-1)?.variables).toMatchObject({ orderBy: "SIZE" });
    expect(loaderData.trusts.order).toBe("SIZE");
    const shown = loaderData.trusts.nodes.length;
    expect(html).toContain(
      `Showing 1–${shown} of ${loaderData.trusts.totalCount}, sorted by largest first`,
    );
    // The region facet counts trusts matching "oak" in each region, the region choice left out.
    const northWest = loaderData.trusts.facets.regions.find((o) => o.value === "NORTH_WEST");
    expect(html).toContain(`North West (${northWest?.count})`);
    // Removing the region keeps the search text and the order.
    expect(html).toContain('href="/trusts?q=oak&amp;sort=size"');
    // Each result's trust page can lead back to this search.
    expect(html).toContain("?back=q%3Doak%26region%3Dnorth-west%26sort%3Dsize");
  });

  it("reports a school to be near that the API does not know, and searches without it", async () => {
    const { loaderData, html } = await renderSearch("/trusts?q=oak&near=999998&within=10");
    expect(loaderData.search.near).toBeNull();
    expect(loaderData.trusts.totalCount).toBeGreaterThan(0);
    expect(html).toContain("Part of your search was not understood");
  });

  it("answers 503, to try again shortly, when the API is down", async () => {
    const port = await freePort();
    vi.stubGlobal("fetch", (_input: RequestInfo | URL, init?: RequestInit) =>
      networkFetch(`http://127.0.0.1:${port}/graphql`, init),
    );
    const thrown: unknown = await loader(routeArgs("/trusts", {})).catch((e: unknown) => e);
    // React Router's data(): the root's error page with its status and headers.
    expect(thrown).toMatchObject({ init: { status: 503, headers: { "Retry-After": "30" } } });
  });
});
