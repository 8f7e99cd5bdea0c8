import { createTestApi, type TestApi } from "@atlas/api/testing";
import { addToTrust, buildSchools, buildTrust, figuresInDatabase } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import SchoolPage, { loader as schoolLoader } from "../app/routes/school.tsx";
import TrustPage, { loader as trustLoader } from "../app/routes/trust.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo, trustIdOf } from "./support/api.ts";

// The loaders ask the real API, in process, on a fresh database; each test builds its tenant.
let api: TestApi;
let calls: ApiCall[];

beforeAll(async () => {
  api = await createTestApi();
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

/** What a loader threw, or fails the test if it returned. */
async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the loader to throw");
}

/** The status of a `data(…, { status })` or Response that a loader threw. */
function statusOf(thrown: unknown): number | undefined {
  if (thrown instanceof Response) return thrown.status;
  if (typeof thrown === "object" && thrown !== null && "init" in thrown) {
    const init = (thrown as { init?: { status?: number } | null }).init;
    return init?.status;
  }
  return undefined;
}

/** The loader's arguments for a trust's page, as the router gives them for its link. */
function trustPageArgs(id: string, search = "") {
  return routeArgs(`/trusts/${encodeURIComponent(id)}${search}`, { id });
}

type TrustLoaderData = Awaited<ReturnType<typeof trustLoader>>;

/** The trust page as the server renders it for what its loader returned. */
function renderTrustPage(id: string, loaderData: TrustLoaderData): string {
  const Stub = createRoutesStub([
    { id: "trust", path: "/trusts/:id", Component: TrustPage, loader: () => loaderData },
  ]);
  return renderToString(
    <Stub
      initialEntries={[`/trusts/${encodeURIComponent(id)}`]}
      hydrationData={{ loaderData: { trust: loaderData } }}
    />,
  );
}

/** Markup as a reader hears it: tags gone, entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The figures at the top of the page, e.g. "1,580 pupils". */
const stats = (html: string) =>
  [...html.matchAll(/<p class="ui-stat__figure">(.*?)<\/p>/g)].map((m) => text(m[1] ?? ""));

/** The value of one row of the "About the trust" list, by its key. */
function summaryValue(html: string, key: string): string | undefined {
  const rows = html.matchAll(/<dt[^>]*>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g);
  for (const [, dt = "", dd = ""] of rows) if (text(dt) === key) return text(dd);
  return undefined;
}

/** The rows of the "Schools by phase" table: [phase, schools]. */
function phaseRows(html: string): string[][] {
  const section = html.match(/id="phases-heading".*?<\/table>/s)?.[0] ?? "";
  return [...section.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((row) => [...(row[1] ?? "").matchAll(/<t[hd] [^>]*>(.*?)<\/t[hd]>/g)])
    .filter((cells) => cells.length > 0 && !(cells[0]?.[0] ?? "").includes('scope="col"'))
    .map((cells) => cells.map((cell) => text(cell[1] ?? "")));
}

describe("the trust page", () => {
  it("is a 404 for a malformed ID (the API's BAD_USER_INPUT)", async () => {
    const thrown = await thrownBy(trustLoader(routeArgs("/trusts/nonsense", { id: "nonsense" })));
    expect(statusOf(thrown)).toBe(404);
    // The API was asked, and refused the ID.
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
  });

  it("is a 404 for a trust that does not exist", async () => {
    const { trust: gone } = await buildTrust(api.database.db, { name: "Gone Learning Trust" });
    const id = await trustIdOf(api, gone.groupId ?? "");
    await api.database.db.execute(`delete from trusts where id = '${gone.id}'`);
    const thrown = await thrownBy(trustLoader(trustPageArgs(id)));
    expect(statusOf(thrown)).toBe(404);
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
  });

  it("is a 500 for any other API error (here, the database failing)", async () => {
    const { trust } = await buildTrust(api.database.db, { name: "Unlucky Trust", schools: [{}] });
    const id = await trustIdOf(api, trust.groupId ?? "");
    await api.database.db.execute("alter table trusts rename to trusts_unavailable");
    let thrown: unknown;
    try {
      thrown = await thrownBy(trustLoader(trustPageArgs(id)));
    } finally {
      await api.database.db.execute("alter table trusts_unavailable rename to trusts");
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(String(thrown)).toMatch(/GraphQL API request failed/);
    expect(statusOf(thrown)).toBeUndefined();
  });

  it("shows the trust's details, its schools by phase and its total pupils", async () => {
    const { db } = api.database;
    const { trust, schools } = await buildTrust(db, {
      name: "Oak Learning Trust",
      groupId: "TR01234",
      companiesHouseNumber: "07654321",
      ukprn: "10012345",
      openedOn: "2012-09-01",
      headOfficePostcode: "NW1 2AB",
      schools: [
        { name: "Acorn Primary Academy", phase: "PRIMARY", pupils: 200 },
        { name: "Beech Primary Academy", phase: "PRIMARY", pupils: 300 },
        { name: "Chestnut Secondary Academy", phase: "SECONDARY", pupils: 1000 },
        { name: "Dell Special Academy", phase: "NOT_APPLICABLE", pupils: 80 },
      ],
    });
    // A school that has left the trust counts for nothing and is not listed.
    const [elm] = await buildSchools(db, [
      { name: "Elm Former Academy", phase: "SECONDARY", pupils: 900 },
    ]);
    await addToTrust(db, trust.id, elm ? [elm] : [], {
      joinedOn: "2013-09-01",
      leftOn: "2019-08-31",
    });
    const truth = await figuresInDatabase(db, trust.id);
    expect(truth).toEqual({
      schools: 4,
      pupils: 1580,
      byPhase: new Map([
        ["PRIMARY", 2],
        ["SECONDARY", 1],
        ["NOT_APPLICABLE", 1],
      ]),
    });
    const id = await trustIdOf(api, "TR01234");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    // The figures come with the trust, in the one request.
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(calls[0]?.variables).toEqual({ id, first: 100 });
    expect(loaderData.trust.schools.nodes.map((s) => s.name)).toEqual(schools.map((s) => s.name));
    expect(loaderData.pupils).toBe(truth.pupils);
    // Youngest pupils first, Not applicable last, as the page has always listed them.
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
      { phase: "NOT_APPLICABLE", count: 1 },
    ]);
    expect(new Map(loaderData.byPhase.map((p) => [p.phase, p.count]))).toEqual(truth.byPhase);

    const html = renderTrustPage(id, loaderData);
    expect(html).toMatch(/<h1[^>]*>.*Oak Learning Trust<\/h1>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(trust.groupId);
    expect(html).toContain("07654321");
    expect(html).toContain("1 September 2012");
    expect(stats(html)).toEqual(["4 schools", "1,580 pupils"]);
    expect(summaryValue(html, "Pupils")).toBe("1,580");
    expect(summaryValue(html, "Number of schools")).toBe("4");
    expect(html).toContain("Number of Oak Learning Trust schools in each phase");
    expect(phaseRows(html)).toEqual([
      ["Primary", "2"],
      ["Secondary", "1"],
      ["Not applicable", "1"],
    ]);
    for (const school of schools) expect(html).toContain(`href="/schools/${school.urn}"`);
    expect(html).not.toContain("Elm Former Academy");
    expect(html).toContain("Academy converter");
    expect(html).toContain("Camden");
  });

  it("counts every school of a trust too big for one page, in one request", async () => {
    const { db } = api.database;
    const { trust } = await buildTrust(db, {
      name: "Very Large Learning Trust",
      schools: [
        ...Array.from({ length: 100 }, (_, i) => ({
          name: `Big Primary ${String(i).padStart(3, "0")}`,
          phase: "PRIMARY" as const,
          pupils: 100 + i,
        })),
        // New schools with no pupil figure yet.
        ...Array.from({ length: 30 }, (_, i) => ({
          name: `Big Secondary ${String(i).padStart(3, "0")}`,
          phase: "SECONDARY" as const,
          pupils: null,
        })),
        { name: "Big Sixth Form", phase: "SIXTEEN_PLUS" as const, pupils: 650 },
      ],
    });
    const truth = await figuresInDatabase(db, trust.id);
    // 100 × 100 + (0 + 1 + … + 99) + 650
    expect(truth.pupils).toBe(15_600);
    expect(truth.schools).toBe(131);
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    // One request: the first page of schools to list, and the figures for all of them.
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(loaderData.trust.schoolCount).toBe(truth.schools);
    expect(loaderData.trust.schools.nodes).toHaveLength(100);
    expect(loaderData.pupils).toBe(truth.pupils);
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 100 },
      { phase: "SECONDARY", count: 30 },
      { phase: "SIXTEEN_PLUS", count: 1 },
    ]);
    expect(new Map(loaderData.byPhase.map((p) => [p.phase, p.count]))).toEqual(truth.byPhase);
    expect(loaderData.totalPages).toBe(2);

    const html = renderTrustPage(id, loaderData);
    expect(stats(html)).toEqual(["131 schools", "15,600 pupils"]);
    expect(summaryValue(html, "Pupils")).toBe("15,600");
    expect(phaseRows(html)).toEqual([
      ["Primary", "100"],
      ["Secondary", "30"],
      ["16 plus", "1"],
    ]);
    expect(html).toContain("Schools in Very Large Learning Trust, page 1 of 2");
    expect(html.match(/href="\/schools\/\d+"/g)).toHaveLength(100);

    // The next-page link carries the API's cursor, and leads to the other 31 schools.
    const { endCursor } = loaderData.trust.schools.pageInfo;
    expect(endCursor).toBeTruthy();
    const pathname = `/trusts/${encodeURIComponent(id)}`;
    const next = new URLSearchParams({ after: endCursor ?? "", page: "2" });
    expect(loaderData.links).toEqual({ previous: null, next: `${pathname}?${next}` });

    calls.length = 0;
    const secondPage = await trustLoader(trustPageArgs(id, `?${next}`));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(calls[0]?.variables).toEqual({ id, first: 100, after: endCursor });
    expect(secondPage.page).toBe(2);
    expect(secondPage.trust.schools.nodes).toHaveLength(31);
    expect(secondPage.trust.schools.nodes.map((s) => s.phase)).toEqual([
      ...Array.from({ length: 30 }, () => "SECONDARY"),
      "SIXTEEN_PLUS",
    ]);
    expect(secondPage.links).toEqual({ previous: pathname, next: null });
    // Every page shows the whole trust's figures, not its own page's.
    expect(secondPage.pupils).toBe(truth.pupils);
    expect(secondPage.byPhase).toEqual(loaderData.byPhase);
    const secondHtml = renderTrustPage(id, secondPage);
    expect(stats(secondHtml)).toEqual(["131 schools", "15,600 pupils"]);
    expect(secondHtml).toContain("Schools in Very Large Learning Trust, page 2 of 2");
  });

  it("shows the first page of schools, and says so, for a page link it cannot follow", async () => {
    const { trust } = await buildTrust(api.database.db, {
      name: "Small Steady Trust",
      schools: [{ name: "Only Primary School" }],
    });
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const stale = await trustLoader(trustPageArgs(id, "?after=garbage&page=2"));
    expect(calls.map((c) => c.variables)).toEqual([
      { id, first: 100, after: "garbage" },
      { id, first: 100 },
    ]);
    expect(stale.trust.schools.nodes).toHaveLength(1);
    const html = renderTrustPage(id, stale);
    expect(html).toContain("Part of the link was not understood");
    expect(text(html)).toContain(
      "The link to this page of results was out of date or incomplete, so the first page is shown.",
    );

    const tooFar = renderTrustPage(id, await trustLoader(trustPageArgs(id, "?page=999")));
    expect(text(tooFar)).toContain("There is no page “999” of these results to go to");
    const plain = renderTrustPage(id, await trustLoader(trustPageArgs(id)));
    expect(plain).not.toContain("ui-error-summary");
  });

  it("shows no pupil figure when none of the trust's schools reports one", async () => {
    const { db } = api.database;
    const { trust } = await buildTrust(db, {
      name: "Brand New Academies Trust",
      schools: [
        { name: "New Primary Free School", phase: "PRIMARY", pupils: null },
        { name: "New Secondary Free School", phase: "SECONDARY", pupils: null },
      ],
    });
    expect((await figuresInDatabase(db, trust.id)).pupils).toBe(0);
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(loaderData.pupils).toBeNull();

    const html = renderTrustPage(id, loaderData);
    expect(stats(html)).toEqual(["2 schools"]);
    expect(summaryValue(html, "Pupils")).toBe("Not recorded");
    expect(phaseRows(html)).toEqual([
      ["Primary", "1"],
      ["Secondary", "1"],
    ]);
  });

  it("marks a school proposed to close, or to open, in the trust's list of schools", async () => {
    const { trust } = await buildTrust(api.database.db, {
      name: "Changing Schools Trust",
      schools: [
        { name: "Steady Primary School" },
        { name: "Closing Primary School", status: "OPEN_PROPOSED_TO_CLOSE" },
        { name: "Opening Primary School", status: "PROPOSED_TO_OPEN" },
      ],
    });
    const id = await trustIdOf(api, trust.groupId ?? "");
    const html = renderTrustPage(id, await trustLoader(trustPageArgs(id)));
    const rowOf = (name: string) =>
      text(html.match(new RegExp(`<tr>(?:(?!</tr>).)*>${name}</a>.*?</tr>`))?.[0] ?? "");
    expect(rowOf("Closing Primary School")).toMatch(/^Closing Primary School Proposed to close /);
    expect(rowOf("Opening Primary School")).toMatch(/^Opening Primary School Proposed to open /);
    expect(rowOf("Steady Primary School")).toMatch(/^Steady Primary School Primary /);
  });

  it("shows a trust that runs no schools yet without figures by phase", async () => {
    const { trust } = await buildTrust(api.database.db, { name: "Empty Shell Trust" });
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(loaderData.pupils).toBeNull();
    expect(loaderData.byPhase).toEqual([]);

    const html = renderTrustPage(id, loaderData);
    expect(stats(html)).toEqual(["0 schools"]);
    expect(summaryValue(html, "Pupils")).toBe("Not recorded");
    expect(summaryValue(html, "Size")).toBe("No schools yet");
    expect(html).not.toContain("Schools by phase");
    expect(text(html)).toContain("The trust runs no schools at the moment.");
  });
});

describe("the school page", () => {
  it("is a 404 for something that is not a URN, without asking the API", async () => {
    for (const urn of ["12345", "1234567", "abc123", "100000.0"]) {
      const thrown = await thrownBy(schoolLoader(routeArgs(`/schools/${urn}`, { urn })));
      expect(statusOf(thrown)).toBe(404);
    }
    expect(calls).toHaveLength(0);
  });

  it("is a 404 for a URN with no school", async () => {
    const [school] = await buildSchools(api.database.db, [{ urn: 999_998 }]);
    expect(school?.urn).toBe(999_998);
    const thrown = await thrownBy(schoolLoader(routeArgs("/schools/999999", { urn: "999999" })));
    expect(statusOf(thrown)).toBe(404);
    expect(calls.map((c) => c.operationName)).toEqual(["SchoolPage"]);
  });

  it("shows the school, its trust since when, and its past trusts", async () => {
    const { db } = api.database;
    const [school] = await buildSchools(db, [
      {
        name: "St Mary's CE Primary School",
        establishmentType: "ACADEMY_CONVERTER",
        phase: "PRIMARY",
        religiousCharacter: "CHURCH_OF_ENGLAND",
        diocese: "Diocese of London",
        pupils: 205,
        capacity: 210,
        postcode: "NW1 1AA",
      },
    ]);
    if (!school) throw new Error("school not built");
    const { trust: cedar } = await buildTrust(db, { name: "Cedar Trust" });
    const { trust: oak } = await buildTrust(db, { name: "Oak Trust" });
    await addToTrust(db, oak.id, [school], { joinedOn: "2015-09-01", leftOn: "2020-03-31" });
    await addToTrust(db, cedar.id, [school], { joinedOn: "2020-04-01" });
    const cedarId = await trustIdOf(api, cedar.groupId ?? "");
    calls.length = 0;

    const loaderData = await schoolLoader(
      routeArgs(`/schools/${school.urn}`, { urn: String(school.urn) }),
    );
    expect(calls[0]?.variables).toEqual({ urn: school.urn });
    expect(loaderData.school.trust).toEqual({ id: cedarId, name: "Cedar Trust" });
    expect(loaderData.joinedCurrentTrustOn).toBe("2020-04-01");
    expect(loaderData.pastMemberships.map((m) => m.trust.name)).toEqual(["Oak Trust"]);

    const Stub = createRoutesStub([
      { id: "school", path: "/schools/:urn", Component: SchoolPage, loader: () => loaderData },
    ]);
    const html = renderToString(
      <Stub
        initialEntries={[`/schools/${school.urn}`]}
        hydrationData={{ loaderData: { school: loaderData } }}
      />,
    );
    expect(html).toContain("St Mary&#x27;s CE Primary School");
    expect(html).toContain("Church of England");
    expect(html).toContain("205 pupils, 210 places");
    expect(html).toContain("1 April 2020");
    expect(html).toContain(`href="/trusts/${encodeURIComponent(cedarId)}"`);
    expect(html).toContain("Past trusts");
    expect(html).toContain("Oak Trust");
    expect(html).toContain("31 March 2020");
  });
});
