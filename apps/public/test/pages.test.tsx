import { createTestApi, type TestApi } from "@atlas/api/testing";
import { addToTrust, buildSchools, buildTrust } from "@atlas/db/testing";
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
    const { trust, schools } = await buildTrust(api.database.db, {
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
      ],
    });
    const id = await trustIdOf(api, "TR01234");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(calls[0]?.variables).toEqual({ id, first: 100 });
    expect(loaderData.trust.schools.nodes.map((s) => s.name)).toEqual(schools.map((s) => s.name));
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
    ]);
    expect(loaderData.pupils).toEqual({ total: 1500, schoolsWithoutFigure: 0 });

    const Stub = createRoutesStub([
      { id: "trust", path: "/trusts/:id", Component: TrustPage, loader: () => loaderData },
    ]);
    const html = renderToString(
      <Stub
        initialEntries={[`/trusts/${encodeURIComponent(id)}`]}
        hydrationData={{ loaderData: { trust: loaderData } }}
      />,
    );
    expect(html).toMatch(/<h1[^>]*>.*Oak Learning Trust<\/h1>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(trust.groupId);
    expect(html).toContain("07654321");
    expect(html).toContain("1 September 2012");
    expect(html).toContain("1,500");
    for (const school of schools) expect(html).toContain(`href="/schools/${school.urn}"`);
    expect(html).toContain("Academy converter");
    expect(html).toContain("Camden");
  });

  it("adds up every school of a trust too big for one page", async () => {
    const { trust } = await buildTrust(api.database.db, {
      name: "Very Large Learning Trust",
      schools: [
        ...Array.from({ length: 100 }, (_, i) => ({
          name: `Big Primary ${String(i).padStart(3, "0")}`,
          phase: "PRIMARY" as const,
          pupils: 100,
        })),
        // New schools with no pupil figure yet.
        ...Array.from({ length: 30 }, (_, i) => ({
          name: `Big Secondary ${String(i).padStart(3, "0")}`,
          phase: "SECONDARY" as const,
          pupils: null,
        })),
      ],
    });
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    // One page of schools to list, then every school's figures, a page at a time.
    expect(calls.map((c) => c.operationName)).toEqual([
      "TrustPage",
      "TrustSchoolFigures",
      "TrustSchoolFigures",
    ]);
    expect(loaderData.trust.schoolCount).toBe(130);
    expect(loaderData.trust.schools.nodes).toHaveLength(100);
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 100 },
      { phase: "SECONDARY", count: 30 },
    ]);
    expect(loaderData.pupils).toEqual({ total: 10_000, schoolsWithoutFigure: 30 });
    expect(loaderData.totalPages).toBe(2);

    // The next-page link carries the API's cursor, and leads to the other 30 schools.
    const { endCursor } = loaderData.trust.schools.pageInfo;
    expect(endCursor).toBeTruthy();
    const pathname = `/trusts/${encodeURIComponent(id)}`;
    const next = new URLSearchParams({ after: endCursor ?? "", page: "2" });
    expect(loaderData.links).toEqual({ previous: null, next: `${pathname}?${next}` });

    const secondPage = await trustLoader(trustPageArgs(id, `?${next}`));
    expect(secondPage.page).toBe(2);
    expect(secondPage.trust.schools.nodes).toHaveLength(30);
    expect(secondPage.trust.schools.nodes.every((s) => s.phase === "SECONDARY")).toBe(true);
    expect(secondPage.links).toEqual({ previous: pathname, next: null });
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
