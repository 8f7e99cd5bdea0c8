import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildSchools, buildTrust } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import SchoolSearchPage, { loader } from "../app/routes/schools.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo } from "./support/api.ts";

let api: TestApi;
let calls: ApiCall[];

const leeds = { laCode: 383, laName: "Leeds", region: "YORKSHIRE_AND_THE_HUMBER" } as const;
const manchester = { laCode: 352, laName: "Manchester", region: "NORTH_WEST" } as const;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  // 21 Riverside schools in Leeds: one more than a page.
  await buildSchools(
    db,
    Array.from({ length: 21 }, (_, i) => ({
      ...leeds,
      name: `Riverside School ${String(i + 1).padStart(2, "0")}`,
    })),
  );
  await buildSchools(db, [{ ...manchester, name: "Riverside Manchester Primary", urn: 654_321 }]);
  await buildTrust(db, {
    name: "Aire Valley Trust",
    schools: [{ ...leeds, name: "Riverbank Academy", postcode: "LS9 8AB" }],
  });
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  calls = routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderSearch(path: string) {
  const loaderData = await loader(routeArgs(path, {}));
  const Stub = createRoutesStub([
    {
      id: "routes/schools",
      path: "/schools",
      Component: SchoolSearchPage,
      loader: () => loaderData,
    },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[path]}
      hydrationData={{ loaderData: { "routes/schools": loaderData } }}
    />,
  );
  return { loaderData, html };
}

describe("the school search page", () => {
  it("asks for a search instead of listing every school", async () => {
    const { loaderData, html } = await renderSearch("/schools");
    expect(calls.map((c) => c.operationName)).toEqual(["SchoolSearch"]);
    expect(calls[0]?.variables).toMatchObject({ searching: false });
    expect(loaderData.schools).toBeNull();
    expect(html).toMatch(/<h1[^>]*>Find your school<\/h1>/);
    expect(html).toContain("School name, URN or postcode");
    // The local authorities to choose from come from the API.
    expect(html).toContain('<option value="383">Leeds</option>');
    expect(html).not.toContain("<table");
  });

  it("finds schools by name within a local authority, a page at a time", async () => {
    const { loaderData, html } = await renderSearch("/schools?q=riverside&la=383");
    expect(calls[0]?.variables).toEqual({
      searching: true,
      filter: { search: "riverside", localAuthorityCodes: [383] },
      first: 20,
    });
    expect(loaderData.schools?.totalCount).toBe(21);
    expect(html).toMatch(/<h1[^>]*>Schools matching “riverside” in Leeds<\/h1>/);
    expect(html).toContain("Showing 1–20 of 21 schools");
    expect(html).toContain("Not in a trust");
    expect(html).not.toContain("Riverside Manchester Primary");
    expect(html).toContain('<option value="383" selected="">Leeds</option>');

    const next = loaderData.links.next ?? "";
    expect(next).toMatch(/^\/schools\?q=riverside&la=383&after=.+&page=2$/);
    const second = await renderSearch(next);
    expect(second.loaderData.schools?.nodes.map((s) => s.name)).toEqual(["Riverside School 21"]);
    expect(second.html).toContain("Showing 21–21 of 21 schools");
    expect(second.loaderData.links.previous).toBe("/schools?q=riverside&la=383");
  });

  it("finds a school by postcode or URN, and links it and its trust", async () => {
    const byPostcode = await renderSearch("/schools?q=LS9+8AB");
    const [school] = byPostcode.loaderData.schools?.nodes ?? [];
    expect(school?.name).toBe("Riverbank Academy");
    expect(byPostcode.html).toContain(`href="/schools/${school?.urn}"`);
    expect(byPostcode.html).toContain(">Aire Valley Trust</a>");
    const byUrn = await renderSearch("/schools?q=654321");
    expect(byUrn.loaderData.schools?.nodes.map((s) => s.name)).toEqual([
      "Riverside Manchester Primary",
    ]);
  });

  it("says what was searched when nothing is found", async () => {
    const { html } = await renderSearch("/schools?q=no+school+is+called+this&la=352");
    expect(html).toContain("No schools found");
    expect(html).toContain("No schools match “no school is called this” in Manchester.");
  });

  it("reports a local authority code it does not know, and searches without it", async () => {
    const { loaderData, html } = await renderSearch("/schools?q=riverside&la=12");
    expect(loaderData.search).toEqual({ q: "riverside", la: null });
    expect(html).toContain("“12” is not a local authority we know, so it was ignored.");
    expect(loaderData.schools?.totalCount).toBe(22);
  });

  it("shows the first page for a cursor the API cannot read", async () => {
    const { loaderData, html } = await renderSearch("/schools?q=riverside&after=nonsense&page=3");
    expect(calls).toHaveLength(2);
    expect(loaderData.position.page).toBe(1);
    expect(html).toContain("The link to this page of results was out of date or incomplete");
    expect(html).toContain("Showing 1–20 of 22 schools");
  });
});
